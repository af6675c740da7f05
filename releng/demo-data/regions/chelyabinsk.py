"""Chelyabinsk oblast: effectiveness of the organisational-pedagogical support of students'
professional self-determination (seed 003). Нязепетровский район's rows are fixed (FIXED_NZP);
its neighbours are synthetic, from random.Random(3089).
"""
import random

from .common import part

RNG_SEED = 3089
CUR = 'chelyabinsk-2022-23'
REGION = {'code': 'CHL', 'name': 'Челябинская область'}

ORDER_3089 = {
    'title': 'Об организации работы по итогам мониторинга эффективности организационно-педагогического '
             'сопровождения профессионального самоопределения обучающихся Челябинской области',
    'issuer': 'Министерство образования и науки Челябинской области', 'number': '01/3089', 'date': '2022-12-30',
    'note': 'Перечень показателей восстановлен по письму управления образования администрации Нязепетровского '
            'муниципального района от 04.05.2023 № 837/1 (seed 003); положение о мониторинге в источнике не приведено.',
}
A_PLAN = 'Плановое значение в источнике не приведено (сказано лишь «достигнуто / не достигнуто»); значение — допущение проекта.'

PRE, GEN, ADD = 'PRESCHOOL', 'GENERAL', 'ADDITIONAL'
SEC, BAS = ['PRIMARY', 'BASIC', 'SECONDARY'], ['PRIMARY', 'BASIC']
# (code, name, kind, place, preschools, secondary schools, basic schools, additional-education organisations)
MUNIS = [
    ('NZP', 'Нязепетровский муниципальный район', 'DISTRICT', 'г. Нязепетровска', 0, 0, 0, 0),
    ('VUF', 'Верхнеуфалейский городской округ', 'CITY_OKRUG', 'г. Верхнего Уфалея', 3, 4, 1, 1),
    ('KYS', 'Кыштымский городской округ', 'CITY_OKRUG', 'г. Кыштыма', 3, 4, 1, 1),
    ('KRB', 'Карабашский городской округ', 'CITY_OKRUG', 'г. Карабаша', 2, 2, 0, 1),
    ('ZLT', 'Златоустовский городской округ', 'CITY_OKRUG', 'г. Златоуста', 4, 6, 0, 2),
    ('KSL', 'Каслинский муниципальный район', 'DISTRICT', 'г. Касли', 3, 3, 2, 1),
    ('KUS', 'Кусинский муниципальный район', 'DISTRICT', 'г. Кусы', 2, 3, 1, 1),
]
# Нязепетровский: the seed names no organisation; these are synthetic but carry the seed's totals.
NZP_ORGS = [
    ('МКДОУ «Детский сад №1» г. Нязепетровска', 'Детский сад №1', 'PRESCHOOL', ['PRESCHOOL']),
    ('МКДОУ «Детский сад №3» г. Нязепетровска', 'Детский сад №3', 'PRESCHOOL', ['PRESCHOOL']),
    ('МКДОУ «Детский сад №5» г. Нязепетровска', 'Детский сад №5', 'PRESCHOOL', ['PRESCHOOL']),
    ('МКДОУ «Детский сад с. Шемаха»', 'Детский сад с. Шемаха', 'PRESCHOOL', ['PRESCHOOL']),
    ('МКОУ СОШ №1 г. Нязепетровска', 'СОШ №1', 'SECONDARY_SCHOOL', SEC),
    ('МКОУ СОШ №2 г. Нязепетровска', 'СОШ №2', 'SECONDARY_SCHOOL', SEC),
    ('МКОУ СОШ №3 г. Нязепетровска', 'СОШ №3', 'SECONDARY_SCHOOL', SEC),
    ('МКОУ СОШ с. Шемаха', 'СОШ с. Шемаха', 'SECONDARY_SCHOOL', SEC),
    ('МКОУ СОШ с. Ункурда', 'СОШ с. Ункурда', 'SECONDARY_SCHOOL', SEC),
    ('МКОУ ООШ с. Гривенка', 'ООШ с. Гривенка', 'BASIC_SCHOOL', BAS),
    ('МКОУ ООШ п. Сказ', 'ООШ п. Сказ', 'BASIC_SCHOOL', BAS),
    ('МКУ ДО «Дом детского творчества» г. Нязепетровска', 'ДДТ', 'ADDITIONAL_EDUCATION', ['ADDITIONAL']),
    ('МКУ ДО «Детско-юношеская спортивная школа» г. Нязепетровска', 'ДЮСШ', 'ADDITIONAL_EDUCATION', ['ADDITIONAL']),
]


def _orgs(code, place, n_pre, n_sec, n_bas, n_add):
    if code == 'NZP':
        return NZP_ORGS
    out = [('МДОУ «Детский сад №%d» %s' % (i, place), 'Детский сад №%d' % i, 'PRESCHOOL', ['PRESCHOOL'])
           for i in range(1, n_pre + 1)]
    out += [('МОУ СОШ №%d %s' % (i, place), 'СОШ №%d' % i, 'SECONDARY_SCHOOL', SEC) for i in range(1, n_sec + 1)]
    out += [('МОУ ООШ №%d %s' % (n_sec + i, place), 'ООШ №%d' % (n_sec + i), 'BASIC_SCHOOL', BAS)
            for i in range(1, n_bas + 1)]
    names = ['Центр детского творчества', 'Детско-юношеская спортивная школа']
    out += [('МУ ДО «%s» %s' % (names[i], place), names[i], 'ADDITIONAL_EDUCATION', ['ADDITIONAL'])
            for i in range(n_add)]
    return out


MUNICIPALITIES = [
    {'code': 'CHL-' + c, 'name': n, 'kind': k, 'note': 'seed 003' if c == 'NZP' else None,
     'orgs': [{'code': 'CHL-%s-%02d' % (c, i), 'name': on, 'shortName': sn, 'kind': ok, 'levels': lv, 'synthetic': True}
              for i, (on, sn, ok, lv) in enumerate(_orgs(c, p, *counts), 1)]}
    for c, n, k, p, *counts in MUNIS
]

ELEMENTS = [
    {'code': 'DO_STUD', 'name': 'Численность воспитанников дошкольной образовательной организации (включая детей с инвалидностью и ОВЗ)', 'unit': 'чел.'},
    {'code': 'DO_COV', 'name': 'Воспитанники ДОО, охваченные мероприятиями сопровождения профессионального самоопределения', 'unit': 'чел.', 'whole': 'DO_STUD'},
    {'code': 'DO_OVZ_STUD', 'name': 'Воспитанники ДОО с инвалидностью и ОВЗ', 'unit': 'чел.', 'whole': 'DO_STUD'},
    {'code': 'DO_OVZ_COV', 'name': 'Воспитанники ДОО с инвалидностью и ОВЗ, охваченные мероприятиями сопровождения', 'unit': 'чел.', 'whole': 'DO_OVZ_STUD'},
    {'code': 'NOO_STUD', 'name': 'Численность обучающихся по программам НОО (включая детей с инвалидностью и ОВЗ)', 'unit': 'чел.'},
    {'code': 'NOO_COV', 'name': 'Обучающиеся по программам НОО, охваченные мероприятиями сопровождения профессионального самоопределения', 'unit': 'чел.', 'whole': 'NOO_STUD'},
    {'code': 'NOO_OVZ_STUD', 'name': 'Обучающиеся по программам НОО с инвалидностью и ОВЗ', 'unit': 'чел.', 'whole': 'NOO_STUD'},
    {'code': 'NOO_OVZ_COV', 'name': 'Обучающиеся по программам НОО с инвалидностью и ОВЗ, охваченные мероприятиями сопровождения', 'unit': 'чел.', 'whole': 'NOO_OVZ_STUD'},
    {'code': 'OOO_STUD', 'name': 'Численность обучающихся по программам ООО (включая детей с инвалидностью и ОВЗ)', 'unit': 'чел.'},
    {'code': 'OOO_COV', 'name': 'Обучающиеся по программам ООО, охваченные мероприятиями сопровождения профессионального самоопределения', 'unit': 'чел.', 'whole': 'OOO_STUD'},
    {'code': 'OOO_OVZ_STUD', 'name': 'Обучающиеся по программам ООО с инвалидностью и ОВЗ', 'unit': 'чел.', 'whole': 'OOO_STUD'},
    {'code': 'OOO_OVZ_COV', 'name': 'Обучающиеся по программам ООО с инвалидностью и ОВЗ, охваченные мероприятиями сопровождения', 'unit': 'чел.', 'whole': 'OOO_OVZ_STUD'},
    {'code': 'OOO_DIAG', 'name': 'Обучающиеся по программам ООО, охваченные профориентационной диагностикой', 'unit': 'чел.', 'whole': 'OOO_STUD'},
    {'code': 'OOO_TRIAL', 'name': 'Обучающиеся по программам ООО, прошедшие профессиональные пробы в организациях СПО или на производстве', 'unit': 'чел.', 'whole': 'OOO_STUD'},
    {'code': 'SOO_STUD', 'name': 'Численность обучающихся по программам СОО', 'unit': 'чел.'},
    {'code': 'SOO_COV', 'name': 'Обучающиеся по программам СОО, охваченные мероприятиями сопровождения профессионального самоопределения', 'unit': 'чел.', 'whole': 'SOO_STUD'},
    {'code': 'SOO_TRIAL', 'name': 'Обучающиеся по программам СОО, прошедшие профессиональные пробы в организациях СПО или на производстве', 'unit': 'чел.', 'whole': 'SOO_STUD'},
    {'code': 'DOP_STUD', 'name': 'Численность обучающихся организации дополнительного образования', 'unit': 'чел.'},
    {'code': 'DOP_COV', 'name': 'Обучающиеся организации дополнительного образования, охваченные мероприятиями сопровождения профессионального самоопределения', 'unit': 'чел.', 'whole': 'DOP_STUD'},
    {'code': 'DOP_MENTEE', 'name': 'Обучающиеся организации дополнительного образования, вовлечённые в различные формы наставничества в роли наставляемого', 'unit': 'чел.', 'whole': 'DOP_STUD'},
    {'code': 'HAS_CONCEPT', 'type': 'FLAG', 'name': 'В ОО утверждён локальный документ (Концепция), регламентирующий сопровождение профессионального самоопределения'},
    {'code': 'HAS_RESPONSIBLE', 'type': 'FLAG', 'name': 'В ОО назначено ответственное лицо за сопровождение профессионального самоопределения'},
    {'code': 'HAS_PARTNERS', 'type': 'FLAG', 'name': 'ОО заключила договоры (соглашения) с социальными партнёрами по вопросам профессионального самоопределения'},
]
BY_KIND = {
    'PRESCHOOL': ['DO_STUD', 'DO_COV', 'DO_OVZ_STUD', 'DO_OVZ_COV'],
    'SECONDARY_SCHOOL': ['NOO_STUD', 'NOO_COV', 'NOO_OVZ_STUD', 'NOO_OVZ_COV', 'OOO_STUD', 'OOO_COV', 'OOO_OVZ_STUD',
                         'OOO_OVZ_COV', 'OOO_DIAG', 'OOO_TRIAL', 'SOO_STUD', 'SOO_COV', 'SOO_TRIAL'],
    'BASIC_SCHOOL': ['NOO_STUD', 'NOO_COV', 'NOO_OVZ_STUD', 'NOO_OVZ_COV', 'OOO_STUD', 'OOO_COV', 'OOO_OVZ_STUD',
                     'OOO_OVZ_COV', 'OOO_DIAG', 'OOO_TRIAL'],
    'ADDITIONAL_EDUCATION': ['DOP_STUD', 'DOP_COV', 'DOP_MENTEE'],
}
FLAGS = ['HAS_CONCEPT', 'HAS_RESPONSIBLE', 'HAS_PARTNERS']


def ind(code, name, formula, level=None, plan=None, unit='%', **kw):
    d = {'code': code, 'name': name, 'formula': formula, 'unit': unit, 'level': level,
         'targets': [] if plan is None else [{'value': plan, 'level': level, 'academicYear': '2022/23', 'assumptionNote': A_PLAN}]}
    d.update(kw)
    return d


OVZ = ['ОВЗ']
CRITERIA = [
    {'code': 'C1', 'name': 'Охват обучающихся мероприятиями сопровождения профессионального самоопределения',
     'description': 'По уровням образования, включая детей с инвалидностью и ОВЗ (для СОО источник ОВЗ не упоминает).',
     'indicators': [
         ind('C1_DO', 'Доля обучающихся дошкольных образовательных организаций, включая детей с инвалидностью и ОВЗ, охваченных мероприятиями сопровождения профессионального самоопределения', 'share(DO_COV, DO_STUD)', 'PRESCHOOL', 50),
         ind('C1_NOO', 'Доля обучающихся по программам начального общего образования, включая детей с инвалидностью и ОВЗ, охваченных мероприятиями сопровождения профессионального самоопределения', 'share(NOO_COV, NOO_STUD)', 'PRIMARY', 75),
         ind('C1_OOO', 'Доля обучающихся по программам основного общего образования, включая детей с инвалидностью и ОВЗ, охваченных мероприятиями сопровождения профессионального самоопределения', 'share(OOO_COV, OOO_STUD)', 'BASIC', 75),
         ind('C1_SOO', 'Доля обучающихся по программам среднего общего образования, охваченных мероприятиями сопровождения профессионального самоопределения', 'share(SOO_COV, SOO_STUD)', 'SECONDARY', 75),
         ind('C1_DO_OVZ', 'Доля воспитанников ДОО с инвалидностью и ОВЗ, охваченных мероприятиями сопровождения профессионального самоопределения', 'share(DO_OVZ_COV, DO_OVZ_STUD)', 'PRESCHOOL', 50,
             assumptionNote='Разрез по детям с инвалидностью и ОВЗ вынесен в отдельный показатель — допущение проекта (источник даёт только общий показатель «включая»).'),
         ind('C1_NOO_OVZ', 'Доля обучающихся по программам НОО с инвалидностью и ОВЗ, охваченных мероприятиями сопровождения профессионального самоопределения', 'share(NOO_OVZ_COV, NOO_OVZ_STUD)', 'PRIMARY', 75,
             assumptionNote='Разрез по детям с инвалидностью и ОВЗ вынесен в отдельный показатель — допущение проекта.'),
         ind('C1_OOO_OVZ', 'Доля обучающихся по программам ООО с инвалидностью и ОВЗ, охваченных мероприятиями сопровождения профессионального самоопределения', 'share(OOO_OVZ_COV, OOO_OVZ_STUD)', 'BASIC', 75,
             assumptionNote='Разрез по детям с инвалидностью и ОВЗ вынесен в отдельный показатель — допущение проекта.'),
     ]},
    {'code': 'C2', 'name': 'Профориентационная диагностика и профессиональные пробы',
     'description': 'Проблемы 2, 4, 5 письма № 837/1.',
     'indicators': [
         ind('C2_DIAG_OOO', 'Доля обучающихся по программам ООО, охваченных профориентационной диагностикой', 'share(OOO_DIAG, OOO_STUD)', 'BASIC', 80,
             assumptionNote='Формула по формулировке проблемы 2 — допущение проекта.'),
         ind('C2_TRIAL_OOO', 'Доля обучающихся по программам ООО, прошедших профессиональные пробы в организациях среднего профессионального образования или на производстве', 'share(OOO_TRIAL, OOO_STUD)', 'BASIC', 30,
             assumptionNote='Формула по формулировке проблемы 4 — допущение проекта.'),
         ind('C2_TRIAL_SOO', 'Доля обучающихся по программам СОО, прошедших профессиональные пробы в организациях среднего профессионального образования или на производстве', 'share(SOO_TRIAL, SOO_STUD)', 'SECONDARY', 50,
             assumptionNote='Формула по формулировке проблемы 5 — допущение проекта.'),
     ]},
    {'code': 'C3', 'name': 'Сопровождение профессионального самоопределения в дополнительном образовании',
     'description': 'Проблемы 6 и 7 письма № 837/1.',
     'indicators': [
         ind('C3_DOP_COV', 'Доля обучающихся организаций дополнительного образования, охваченных мероприятиями сопровождения профессионального самоопределения', 'share(DOP_COV, DOP_STUD)', 'ADDITIONAL', 50,
             assumptionNote='Формула по формулировке проблемы 6 — допущение проекта.'),
         ind('C3_DOP_MENTEE', 'Доля обучающихся организаций дополнительного образования, вовлечённых в различные формы наставничества в роли наставляемого', 'share(DOP_MENTEE, DOP_STUD)', 'ADDITIONAL', 20,
             assumptionNote='Формула по формулировке проблемы 7 — допущение проекта.'),
     ]},
    {'code': 'C4', 'name': 'Организационные условия сопровождения профессионального самоопределения в ОО',
     'description': 'По адресным рекомендациям письма № 837/1 (ответственное лицо, Концепция, договоры с социальными партнёрами).',
     'indicators': [
         ind('C4_CONCEPT', 'Доля ОО, утвердивших локальный документ (Концепцию) сопровождения профессионального самоопределения', 'orgshare(HAS_CONCEPT = 1)', plan=100,
             assumptionNote='Показатель выведен из рекомендаций источника — допущение проекта.'),
         ind('C4_RESPONSIBLE', 'Доля ОО, назначивших ответственное лицо за сопровождение профессионального самоопределения', 'orgshare(HAS_RESPONSIBLE = 1)', plan=100,
             assumptionNote='Показатель выведен из рекомендаций источника — допущение проекта.'),
         ind('C4_PARTNERS', 'Доля ОО, заключивших договоры (соглашения) с социальными партнёрами по вопросам профессионального самоопределения', 'orgshare(HAS_PARTNERS = 1)', plan=100,
             assumptionNote='Показатель выведен из рекомендаций источника — допущение проекта.'),
     ]},
]

JUNE = 'до 15.06 года, следующего за мониторингом'
YEAR = 'в течение следующего учебного года'
TEMPLATES = [
    {'problem': 'BELOW_TARGET', 'indicator': 'C1_DO', 'addressee': 'ALL_PRESCHOOLS',
     'action': 'Руководителям дошкольных образовательных организаций: провести качественный анализ организации профориентационной работы своего образовательного учреждения; назначить ответственное лицо, обеспечивающее организацию работы, направленной на сопровождение профессионального самоопределения; организовать участие в региональных проектах по профориентационной работе (охват {value} {unit} при плане {target} {unit}).',
     'deadline': JUNE, 'responsible': 'руководители ДОО'},
    {'problem': 'BELOW_TARGET', 'indicator': 'C1_DO_OVZ', 'addressee': 'ALL_PRESCHOOLS',
     'action': 'Руководителям дошкольных образовательных организаций: вовлечь детей с инвалидностью и/или с ОВЗ в мероприятия по сопровождению профессионального самоопределения.',
     'deadline': YEAR, 'responsible': 'руководители ДОО'},
    {'problem': 'BELOW_TARGET', 'indicator': 'C4_CONCEPT', 'addressee': 'NAMED_ORGANISATION',
     'action': '{organisation}: разработать локальный документ (Концепцию), регламентирующий процессы сопровождения профессионального самоопределения.',
     'deadline': JUNE, 'responsible': 'руководитель ОО'},
    {'problem': 'BELOW_TARGET', 'indicator': 'C4_PARTNERS', 'addressee': 'NAMED_ORGANISATION',
     'action': '{organisation}: заключить договоры (соглашения) с социальными партнёрами по вопросам профессионального самоопределения обучающихся.',
     'deadline': YEAR, 'responsible': 'руководитель ОО'},
    {'problem': 'BELOW_TARGET', 'indicator': 'C1_OOO', 'addressee': 'ALL_SCHOOLS',
     'action': 'Руководителям общеобразовательных организаций: провести качественный анализ организации профориентационной работы своего образовательного учреждения; принимать участие в региональных мероприятиях «День профессии», «ИкаР», «PROFEST», «Инженерные каникулы», «Стратегия выбора» (охват {value} {unit} при плане {target} {unit}).',
     'deadline': YEAR, 'responsible': 'руководители общеобразовательных организаций'},
    {'problem': 'BELOW_TARGET', 'indicator': 'C2_DIAG_OOO', 'addressee': 'ALL_SCHOOLS',
     'action': 'Руководителям общеобразовательных организаций: усилить внимание к вопросу организации диагностики для обучающихся; организовать работу по профориентационной диагностике в разные возрастные периоды.',
     'deadline': YEAR, 'responsible': 'руководители общеобразовательных организаций'},
    {'problem': 'BELOW_TARGET', 'indicator': 'C2_TRIAL_OOO', 'addressee': 'ALL_SCHOOLS',
     'action': 'Руководителям общеобразовательных организаций: принять участие в профессиональных пробах в организациях среднего профессионального образования или на предприятии; рассмотреть возможность участия в реализации программы популяризации ФП «Профессионалитет».',
     'deadline': YEAR, 'responsible': 'руководители общеобразовательных организаций'},
    {'problem': 'BELOW_TARGET', 'indicator': 'C2_TRIAL_SOO', 'addressee': 'ALL_SCHOOLS',
     'action': 'Руководителям общеобразовательных организаций: обеспечить прохождение обучающимися 10–11 классов профессиональных проб в организациях среднего профессионального образования или на предприятии (сейчас {value} {unit}).',
     'deadline': YEAR, 'responsible': 'руководители общеобразовательных организаций'},
    {'problem': 'BELOW_TARGET', 'indicator': 'C3_DOP_COV', 'addressee': 'ALL_ADDITIONAL_EDUCATION',
     'action': 'Руководителям организаций дополнительного образования: провести качественный анализ организации профориентационной работы своего образовательного учреждения; увеличить долю обучающихся, участвующих в мероприятиях сопровождения профессионального самоопределения, путём участия в региональных мероприятиях.',
     'deadline': YEAR, 'responsible': 'руководители организаций дополнительного образования'},
    {'problem': 'BELOW_TARGET', 'indicator': 'C3_DOP_MENTEE', 'addressee': 'ALL_ADDITIONAL_EDUCATION',
     'action': 'Руководителям организаций дополнительного образования: организовать работу по сопровождению профессионального самоопределения обучающихся, в том числе по вовлечению обучающихся в различные формы наставничества.',
     'deadline': YEAR, 'responsible': 'руководители организаций дополнительного образования'},
    {'problem': 'BELOW_TARGET', 'indicator': 'C1_OOO', 'addressee': 'OTHER',
     'action': 'Руководителям образовательных организаций ({municipality}), принимавших участие в мониторинге: рассмотреть в педагогических коллективах результаты мониторинга; провести самодиагностику для выявления имеющихся проблем в профориентационной работе; проработать проблемные зоны, оказать методическую помощь педагогам; ответственным за Концепцию разработать планы мероприятий по повышению доли обучающихся, охваченных мероприятиями сопровождения профессионального самоопределения, на следующий учебный год и обеспечить их реализацию.',
     'deadline': JUNE, 'responsible': 'ответственный за Концепцию сопровождения профессионального самоопределения в ОО'},
    {'problem': 'BELOW_TARGET', 'indicator': 'C1_DO', 'addressee': 'MUNICIPAL_DEPARTMENTS',
     'action': 'Управлению образования ({municipality}): направить руководителям ОО адресные рекомендации по итогам мониторинга (показатель «{indicator}»: {value} {unit}, план {target} {unit}) и проконтролировать их исполнение.',
     'deadline': 'в течение месяца после приказа об итогах мониторинга', 'responsible': 'руководитель муниципального органа управления образованием'},
    {'problem': 'FELL_AGAINST_PREVIOUS', 'indicator': 'C1_OOO', 'addressee': 'MUNICIPAL_DEPARTMENTS',
     'action': 'Управлению образования ({municipality}): проанализировать причины снижения показателя «{indicator}» ({value} {unit}) и включить меры по его повышению в план работы на следующий учебный год.',
     'deadline': JUNE, 'responsible': 'руководитель муниципального органа управления образованием'},
    {'problem': 'ZERO_COVERAGE', 'indicator': 'C3_DOP_MENTEE', 'addressee': 'NAMED_ORGANISATION',
     'action': '{organisation}: вовлечь обучающихся в различные формы наставничества в роли наставляемого (охват 0 %).',
     'deadline': YEAR, 'responsible': 'руководитель организации дополнительного образования'},
    {'problem': 'NOT_REPORTED', 'addressee': 'MUNICIPAL_DEPARTMENTS',
     'action': 'Управлению образования ({municipality}): обеспечить представление {organisation} данных мониторинга эффективности организационно-педагогического сопровождения профессионального самоопределения обучающихся.',
     'deadline': 'в течение 5 рабочих дней', 'responsible': 'специалист управления образования, ответственный за мониторинг'},
    {'problem': 'BELOW_TARGET', 'indicator': 'C1_OOO', 'addressee': 'MINISTRY',
     'action': 'Министерству образования и науки Челябинской области: учесть значения показателя «{indicator}» ({municipality}: {value} {unit} при плане {target} {unit}) при организации региональных профориентационных мероприятий.',
     'deadline': 'до начала следующего учебного года', 'responsible': 'Министерство образования и науки Челябинской области'},
]

INDICATOR_SET = {'id': 'chelyabinsk-2022', 'regionCode': 'CHL', 'version': '2022',
                 'title': 'Мониторинг эффективности организационно-педагогического сопровождения профессионального самоопределения обучающихся Челябинской области',
                 'regulation': ORDER_3089, 'criteria': CRITERIA, 'elements': ELEMENTS, 'templates': TEMPLATES}

# ---------------------------------------------------------------------------- demo data
# Нязепетровский, seed 003: 40 % / 80 % / 70 % / 80 % by level; problems 2, 4-7 "low" (levels ours).
# Order: 4 preschools, СОШ №1, №2, №3, Шемаха, Ункурда, ООШ Гривенка, ООШ Сказ, ДДТ, ДЮСШ.
FIXED_NZP = {
    'DO_STUD':      [210, 160, 150, 80],        # Σ 600
    'DO_COV':       [90, 60, 60, 30],           # Σ 240 -> 40,0 %
    'DO_OVZ_STUD':  [12, 8, 6, 4],
    'DO_OVZ_COV':   [3, 2, 1, 0],
    'NOO_STUD':     [200, 170, 120, 60, 45, 25, 20],   # Σ 640
    'NOO_COV':      [165, 140, 95, 48, 36, 15, 13],    # Σ 512 -> 80,0 %
    'NOO_OVZ_STUD': [10, 8, 6, 3, 2, 1, 1],
    'NOO_OVZ_COV':  [8, 6, 5, 2, 2, 1, 0],
    'OOO_STUD':     [250, 210, 150, 75, 55, 35, 25],   # Σ 800
    'OOO_COV':      [180, 150, 100, 55, 40, 20, 15],   # Σ 560 -> 70,0 %
    'OOO_OVZ_STUD': [14, 11, 8, 4, 3, 2, 1],
    'OOO_OVZ_COV':  [8, 6, 4, 2, 2, 1, 0],
    'OOO_DIAG':     [118, 90, 60, 30, 20, 10, 8],      # Σ 336 -> 42,0 %
    'OOO_TRIAL':    [30, 20, 12, 5, 3, 2, 0],          # Σ 72 -> 9,0 %
    'SOO_STUD':     [40, 35, 25, 12, 8],               # Σ 120
    'SOO_COV':      [33, 28, 20, 9, 6],                # Σ 96 -> 80,0 %
    'SOO_TRIAL':    [8, 6, 4, 1, 1],                   # Σ 20 -> 16,7 %
    'DOP_STUD':     [450, 250],                        # Σ 700
    'DOP_COV':      [120, 40],                         # Σ 160 -> 22,9 %
    'DOP_MENTEE':   [25, 5],                           # Σ 30 -> 4,3 %
}
FLAGS_NZP = {'HAS_CONCEPT':     [0, 1, 0, 0, 1, 1, 1, 1, 0, 1, 0, 1, 0],
             'HAS_RESPONSIBLE': [1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0],
             'HAS_PARTNERS':    [0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 1, 0]}


def _synthetic(rng, org, r):
    k = org['kind']
    row = {}
    if k == 'PRESCHOOL':
        row['DO_STUD'] = rng.randint(60, 220)
        row['DO_COV'] = part(rng, row['DO_STUD'], r['do'])
        row['DO_OVZ_STUD'] = round(row['DO_STUD'] * rng.uniform(0.03, 0.08))
        row['DO_OVZ_COV'] = part(rng, row['DO_OVZ_STUD'], r['do'] - 0.1, 0.15)
    elif k == 'ADDITIONAL_EDUCATION':
        row['DOP_STUD'] = rng.randint(250, 900)
        row['DOP_COV'] = part(rng, row['DOP_STUD'], r['dop'])
        row['DOP_MENTEE'] = part(rng, row['DOP_STUD'], r['mentee'], 0.04)
    else:
        senior = k == 'SECONDARY_SCHOOL'
        size = rng.randint(25, 110) if senior else rng.randint(5, 15)
        row['NOO_STUD'] = size * 4
        row['NOO_COV'] = part(rng, row['NOO_STUD'], r['noo'])
        row['NOO_OVZ_STUD'] = round(row['NOO_STUD'] * rng.uniform(0.02, 0.06))
        row['NOO_OVZ_COV'] = part(rng, row['NOO_OVZ_STUD'], r['noo'] - 0.1, 0.15)
        row['OOO_STUD'] = round(size * 5 * rng.uniform(0.9, 1.1))
        row['OOO_COV'] = part(rng, row['OOO_STUD'], r['ooo'])
        row['OOO_OVZ_STUD'] = round(row['OOO_STUD'] * rng.uniform(0.02, 0.06))
        row['OOO_OVZ_COV'] = part(rng, row['OOO_OVZ_STUD'], r['ooo'] - 0.1, 0.15)
        row['OOO_DIAG'] = part(rng, row['OOO_STUD'], r['diag'])
        row['OOO_TRIAL'] = part(rng, row['OOO_STUD'], r['trial'], 0.05)
        if senior:
            row['SOO_STUD'] = round(size * 2 * rng.uniform(0.5, 0.8))
            row['SOO_COV'] = part(rng, row['SOO_STUD'], r['soo'])
            row['SOO_TRIAL'] = part(rng, row['SOO_STUD'], r['trial'] + 0.15, 0.08)
    for f in FLAGS:
        row[f] = 1 if rng.random() < r['flags'] else 0
    return row


def _campaigns():
    rng = random.Random(RNG_SEED)
    data = {}
    for m in MUNICIPALITIES:
        if m['code'] == 'CHL-NZP':
            idx = {'PRESCHOOL': 0, 'GENERAL': 0, 'SECONDARY': 0, 'ADDITIONAL_EDUCATION': 0}
            for n, o in enumerate(m['orgs']):
                k = o['kind']
                group = 'GENERAL' if k in ('SECONDARY_SCHOOL', 'BASIC_SCHOOL') else k
                i = idx[group]
                idx[group] += 1
                row = {}
                for el in BY_KIND[k]:
                    seq = FIXED_NZP[el]
                    row[el] = seq[idx['SECONDARY'] if el.startswith('SOO') else i]
                if k == 'SECONDARY_SCHOOL':
                    idx['SECONDARY'] += 1
                for f in FLAGS:
                    row[f] = FLAGS_NZP[f][n]
                data[o['code']] = row
            continue
        r = {'do': rng.uniform(0.35, 0.7), 'noo': rng.uniform(0.65, 0.9), 'ooo': rng.uniform(0.6, 0.9),
             'soo': rng.uniform(0.65, 0.95), 'diag': rng.uniform(0.45, 0.9), 'trial': rng.uniform(0.1, 0.4),
             'dop': rng.uniform(0.3, 0.7), 'mentee': rng.uniform(0.05, 0.3), 'flags': rng.uniform(0.5, 0.95)}
        for o in m['orgs']:
            data[o['code']] = _synthetic(rng, o, r)
    return [{'id': CUR, 'file': 'data/demo/campaign-2022-23.xmi', 'values': 'data/demo/values-2022-23.csv',
             'title': 'Мониторинг эффективности организационно-педагогического сопровождения профессионального самоопределения обучающихся Челябинской области, 2022 год',
             'academicYear': '2022/23', 'schedule': '2022 год; итоги — приказ от 30.12.2022 № 01/3089',
             'status': 'CLOSED', 'openingOrder': None, 'data': data}]


CAMPAIGNS = _campaigns()


def _g(indicator, seed, value, num, den, plan, reached, unit='CHL-NZP', source='seed 003'):
    return {'indicator': indicator, 'unit': unit, 'campaign': CUR, 'seed': seed, 'source': source,
            'value': value, 'num': num, 'den': den, 'plan': plan, 'reached': reached}


GOLDEN = [
    _g('C1_DO', '40 % (плановые значения не достигнуты)', 40.0, 240, 600, '50 (assumption)', 'no'),
    _g('C1_NOO', '80 % (плановые значения достигнуты)', 80.0, 512, 640, '75 (assumption)', 'yes'),
    _g('C1_OOO', '70 % (плановые значения не достигнуты)', 70.0, 560, 800, '75 (assumption)', 'no'),
    _g('C1_SOO', '80 % (плановые значения достигнуты)', 80.0, 96, 120, '75 (assumption)', 'yes'),
    _g('C2_DIAG_OOO', 'низкая доля (проблема 2)', 42.0, 336, 800, '80 (assumption)', 'no', source='seed 003 (demo level)'),
    _g('C2_TRIAL_OOO', 'низкая доля (проблема 4)', 9.0, 72, 800, '30 (assumption)', 'no', source='seed 003 (demo level)'),
    _g('C2_TRIAL_SOO', 'низкая доля (проблема 5)', 16.7, 20, 120, '50 (assumption)', 'no', source='seed 003 (demo level)'),
    _g('C3_DOP_COV', 'низкая доля (проблема 6)', 22.9, 160, 700, '50 (assumption)', 'no', source='seed 003 (demo level)'),
    _g('C3_DOP_MENTEE', 'низкая доля (проблема 7)', 4.3, 30, 700, '20 (assumption)', 'no', source='seed 003 (demo level)'),
    _g('C1_DO_OVZ', '— (входит в 40 %)', 20.0, 6, 30, '50 (assumption)', 'no', source='synthetic'),
    _g('C1_NOO_OVZ', '— (входит в 80 %)', 77.4, 24, 31, '75 (assumption)', 'yes', source='synthetic'),
    _g('C1_OOO_OVZ', '— (входит в 70 %)', 53.5, 23, 43, '75 (assumption)', 'no', source='synthetic'),
    _g('C4_CONCEPT', '— (рекомендация: разработать Концепцию)', 53.8, 7, 13, '100 (assumption)', 'no', source='synthetic'),
]
GOLDEN_INTRO = '''# Golden figures: Chelyabinsk oblast

Generated by `releng/demo-data/generate.py`, which asserts every row against
`data/demo/values-2022-23.csv`. Values are rounded to one decimal; numerator and denominator are
exact. Seed 003 gives the four coverage values of Нязепетровский район and whether the plan was
reached, but no plan values: the plans (ДО 50, НОО 75, ООО 75, СОО 75 %) are the project's
assumption, chosen so that the seed's "reached / not reached" holds.'''
GOLDEN_NOTES = [
    'Notes',
    '- Seed 003 writes «профессиональные роботы» (problems 4 and 5) for «профессиональные пробы».',
    '- For СОО the seed does not say «включая детей с инвалидностью и ОВЗ»; the set has no ОВЗ indicator for СОО.',
    '- C4_CONCEPT counts all 13 reporting organisations of the district (preschools, schools, additional education).',
]
