"""Tver oblast: the regional monitoring of 2022/23 (seed 002) and the municipal indicators of
Сонковский (seed 000) and Спировский (seed 004). Seed figures are fixed rows below (FIXED_*);
everything else is synthetic, from random.Random(2022).
"""
import random

from .common import fix_share_strictly_inside, grades, part, split

RNG_SEED = 2022
CUR, PREV = 'tver-2022-23', 'tver-2021-22'

REGION = {'code': 'TVR', 'name': 'Тверская область'}

# (code, name, kind, place for synthetic school names, secondary schools, basic schools, villages with a secondary school)
# Municipal structure in force for the 2022/23 monitoring: 9 city okrugs, 2 ZATO, 28 municipal okrugs, 3 municipal districts.
MUNIS = [
    ('TVE', 'город Тверь', 'CITY_OKRUG', 'г. Твери', 10, 0, []),
    ('KIM', 'город Кимры', 'CITY_OKRUG', 'г. Кимры', 4, 0, []),
    ('RZH', 'город Ржев', 'CITY_OKRUG', 'г. Ржева', 5, 0, []),
    ('TOR', 'город Торжок', 'CITY_OKRUG', 'г. Торжка', 4, 0, []),
    ('VVL', 'Вышневолоцкий городской округ', 'CITY_OKRUG', 'г. Вышнего Волочка', 4, 1, ['п. Красномайский']),
    ('KSH', 'Кашинский городской округ', 'CITY_OKRUG', 'г. Кашина', 3, 1, []),
    ('NEL', 'Нелидовский городской округ', 'CITY_OKRUG', 'г. Нелидово', 3, 1, []),
    ('OST', 'Осташковский городской округ', 'CITY_OKRUG', 'г. Осташкова', 3, 1, []),
    ('UDO', 'Удомельский городской округ', 'CITY_OKRUG', 'г. Удомли', 3, 1, []),
    ('OZR', 'ЗАТО Озёрный', 'ZATO', 'ЗАТО Озёрный', 2, 0, []),
    ('SOL', 'ЗАТО Солнечный', 'ZATO', 'ЗАТО Солнечный', 1, 0, []),
    ('BOL', 'Бологовский район', 'DISTRICT', 'г. Бологое', 3, 1, ['п. Куженкино']),
    ('KLN', 'Калининский район', 'DISTRICT', None, 0, 1, ['с. Тургиново', 'с. Медное', 'п. Эммаус', 'пгт Васильевский Мох', 'п. Заволжский']),
    ('TRZ', 'Торжокский район', 'DISTRICT', None, 0, 1, ['п. Мирный', 'с. Большое Святцово', 'д. Страшевичи']),
    ('AND', 'Андреапольский муниципальный округ', 'MUNICIPAL_OKRUG', 'г. Андреаполя', 2, 1, []),
    ('BEZ', 'Бежецкий муниципальный округ', 'MUNICIPAL_OKRUG', 'г. Бежецка', 4, 2, []),
    ('BEL', 'Бельский муниципальный округ', 'MUNICIPAL_OKRUG', 'г. Белый', 1, 1, []),
    ('VES', 'Весьегонский муниципальный округ', 'MUNICIPAL_OKRUG', 'г. Весьегонска', 2, 1, []),
    ('ZHA', 'Жарковский муниципальный округ', 'MUNICIPAL_OKRUG', 'пгт Жарковский', 2, 0, []),
    ('ZAP', 'Западнодвинский муниципальный округ', 'MUNICIPAL_OKRUG', 'г. Западная Двина', 2, 1, []),
    ('ZUB', 'Зубцовский муниципальный округ', 'MUNICIPAL_OKRUG', 'г. Зубцова', 2, 1, []),
    ('KLZ', 'Калязинский муниципальный округ', 'MUNICIPAL_OKRUG', 'г. Калязина', 2, 1, []),
    ('KES', 'Кесовогорский муниципальный округ', 'MUNICIPAL_OKRUG', 'пгт Кесова Гора', 2, 0, []),
    ('KMR', 'Кимрский муниципальный округ', 'MUNICIPAL_OKRUG', None, 0, 1, ['с. Горицы', 'с. Ильинское', 'д. Неклюдово']),
    ('KON', 'Конаковский муниципальный округ', 'MUNICIPAL_OKRUG', 'г. Конаково', 4, 1, ['пгт Редкино', 'пгт Новозавидовский']),
    ('KRH', 'Краснохолмский муниципальный округ', 'MUNICIPAL_OKRUG', 'г. Красный Холм', 2, 1, []),
    ('KUV', 'Кувшиновский муниципальный округ', 'MUNICIPAL_OKRUG', 'г. Кувшиново', 2, 1, []),
    ('LES', 'Лесной муниципальный округ', 'MUNICIPAL_OKRUG', 'с. Лесное', 1, 1, []),
    ('LIH', 'Лихославльский муниципальный округ', 'MUNICIPAL_OKRUG', 'г. Лихославля', 2, 1, ['пгт Калашниково']),
    ('MAK', 'Максатихинский муниципальный округ', 'MUNICIPAL_OKRUG', 'пгт Максатиха', 2, 1, []),
    ('MOL', 'Молоковский муниципальный округ', 'MUNICIPAL_OKRUG', 'пгт Молоково', 1, 1, []),
    ('OLE', 'Оленинский муниципальный округ', 'MUNICIPAL_OKRUG', 'пгт Оленино', 2, 1, []),
    ('PEN', 'Пеновский муниципальный округ', 'MUNICIPAL_OKRUG', 'пгт Пено', 1, 1, []),
    ('RAM', 'Рамешковский муниципальный округ', 'MUNICIPAL_OKRUG', 'пгт Рамешки', 2, 1, []),
    ('RZR', 'Ржевский муниципальный округ', 'MUNICIPAL_OKRUG', None, 0, 1, ['п. Победа', 'с. Итомля', 'д. Есинка']),
    ('SAN', 'Сандовский муниципальный округ', 'MUNICIPAL_OKRUG', 'пгт Сандово', 1, 1, []),
    ('SEL', 'Селижаровский муниципальный округ', 'MUNICIPAL_OKRUG', 'пгт Селижарово', 2, 1, []),
    ('SON', 'Сонковский муниципальный округ', 'MUNICIPAL_OKRUG', None, 0, 0, []),
    ('SPI', 'Спировский муниципальный округ', 'MUNICIPAL_OKRUG', None, 0, 0, []),
    ('STA', 'Старицкий муниципальный округ', 'MUNICIPAL_OKRUG', 'г. Старицы', 2, 1, []),
    ('TRP', 'Торопецкий муниципальный округ', 'MUNICIPAL_OKRUG', 'г. Торопца', 2, 1, []),
    ('FIR', 'Фировский муниципальный округ', 'MUNICIPAL_OKRUG', 'пгт Фирово', 1, 1, ['пгт Великооктябрьский']),
]
MUNI_NOTES = {
    'SON': 'Сонковский район в протоколе № 7 от 18.10.2022 (seed 000).',
    'SPI': 'Спировский МО (seed 004).',
}

SECONDARY_LEVELS = ['PRIMARY', 'BASIC', 'SECONDARY']
BASIC_LEVELS = ['PRIMARY', 'BASIC']

# Organisations the seeds name (seed 000: Сонковский район; seed 004: Спировский МО).
SEED_ORGS = {
    'SON': [
        ('МОУ «Сонковская СОШ»', 'Сонковская СОШ', 'SECONDARY_SCHOOL', SECONDARY_LEVELS),
        ('МОУ «СОШ №9»', 'СОШ №9', 'SECONDARY_SCHOOL', SECONDARY_LEVELS),
        ('МОУ «Беляницкая СОШ»', 'Беляницкая СОШ', 'SECONDARY_SCHOOL', SECONDARY_LEVELS),
        ('МОУ «Вепревская ООШ»', 'Вепревская ООШ', 'BASIC_SCHOOL', BASIC_LEVELS),
        ('МОУ «Задорская ООШ»', 'Задорская ООШ', 'BASIC_SCHOOL', BASIC_LEVELS),
        ('МОУ «Краснооктябрьская ООШ»', 'Краснооктябрьская ООШ', 'BASIC_SCHOOL', BASIC_LEVELS),
        ('МОУ «Литвиновская ООШ»', 'Литвиновская ООШ', 'BASIC_SCHOOL', BASIC_LEVELS),
        ('МДОУ «Детский сад №1»', 'Детский сад №1', 'PRESCHOOL', ['PRESCHOOL']),
        ('МДОУ «Детский сад №2»', 'Детский сад №2', 'PRESCHOOL', ['PRESCHOOL']),
        ('МДОУ «Детский сад №3»', 'Детский сад №3', 'PRESCHOOL', ['PRESCHOOL']),
        ('МДОУ «Детский сад №110»', 'Детский сад №110', 'PRESCHOOL', ['PRESCHOOL']),
        ('МАОУ ДО «Сонковская детско-юношеская спортивная школа»', 'Сонковская ДЮСШ', 'ADDITIONAL_EDUCATION', ['ADDITIONAL']),
    ],
    'SPI': [
        ('МОУ СОШ №8 п. Спирово', 'МОУ СОШ №8', 'SECONDARY_SCHOOL', SECONDARY_LEVELS),
        ('МОУ ООШ №1 п. Спирово', 'МОУ ООШ №1', 'BASIC_SCHOOL', BASIC_LEVELS),
        ('МОУ СОШ с. Козлово', 'МОУ СОШ с. Козлово', 'SECONDARY_SCHOOL', SECONDARY_LEVELS),
        ('МОУ ООШ п. Красное Знамя', 'МОУ ООШ п. Красное Знамя', 'BASIC_SCHOOL', BASIC_LEVELS),
        ('МОУ СОШ №2', 'МОУ СОШ №2', 'SECONDARY_SCHOOL', SECONDARY_LEVELS),
    ],
}


def _orgs(code, place, n_sec, n_basic, villages):
    out = []
    if code == 'TVE':
        out.append(('МОУ «Гимназия №6» г. Твери', 'Гимназия №6', 'GYMNASIUM', SECONDARY_LEVELS))
        out.append(('МОУ «Тверской лицей»', 'Тверской лицей', 'LYCEUM', ['BASIC', 'SECONDARY']))
    for n in range(1, n_sec + 1):
        out.append(('МОУ СОШ №%d %s' % (n, place), 'СОШ №%d' % n, 'SECONDARY_SCHOOL', SECONDARY_LEVELS))
    for v in villages:
        out.append(('МОУ СОШ %s' % v, 'СОШ %s' % v, 'SECONDARY_SCHOOL', SECONDARY_LEVELS))
    for n in range(1, n_basic + 1):
        where = place or villages[0]
        out.append(('МОУ ООШ №%d %s' % (n_sec + n, where), 'ООШ №%d' % (n_sec + n), 'BASIC_SCHOOL', BASIC_LEVELS))
    if code == 'SOL':
        out = [('МОУ СОШ ЗАТО Солнечный', 'СОШ ЗАТО Солнечный', 'SECONDARY_SCHOOL', SECONDARY_LEVELS)]
    return out


def _municipalities():
    result = []
    for code, name, kind, place, n_sec, n_basic, villages in MUNIS:
        seed = code in SEED_ORGS
        specs = SEED_ORGS[code] if seed else _orgs(code, place, n_sec, n_basic, villages)
        orgs = [{'code': 'TVR-%s-%02d' % (code, i), 'name': n, 'shortName': s, 'kind': k, 'levels': lv,
                 'synthetic': not seed} for i, (n, s, k, lv) in enumerate(specs, 1)]
        result.append({'code': 'TVR-' + code, 'name': name, 'kind': kind, 'orgs': orgs,
                       'note': MUNI_NOTES.get(code)})
    return result


MUNICIPALITIES = _municipalities()

# ---------------------------------------------------------------------------- indicator set
ORDER_1371 = {
    'title': 'О региональной системе мониторинга работы по самоопределению и профессиональной ориентации '
             'обучающихся общеобразовательных организаций Тверской области в 2022/23 учебном году',
    'issuer': 'Министерство образования Тверской области', 'number': '1371/ПК', 'date': '2022-12-30',
    'note': 'Критерии 1–3 — по адресным рекомендациям по итогам мониторинга 2022/23 (seed 002). '
            'Критерий 4 (М) — показатели МСОКО муниципальных образований: протокол № 7 совещания с '
            'руководителями ОУ Сонковского района от 18.10.2022 (seed 000) и приказ управления образования '
            'администрации Спировского МО от 19.05.2022 № 108 (seed 004).',
}
A_PLAN = 'Плановое значение не задано в источнике; значение — допущение проекта.'
SEED002_14 = 'Источник: п. 1.4 адресных рекомендаций 2022/23 — охват не менее, чем в прошлом году.'

ELEMENTS = [
    {'code': 'STUD_1_11', 'name': 'Численность обучающихся 1–11 классов', 'unit': 'чел.'},
    {'code': 'STUD_1_4', 'name': 'Численность обучающихся 1–4 классов', 'unit': 'чел.', 'whole': 'STUD_1_11', 'partGroup': 'GRADES'},
    {'code': 'STUD_6_9', 'name': 'Численность обучающихся 6–9 классов', 'unit': 'чел.', 'whole': 'STUD_1_11', 'partGroup': 'GRADES'},
    {'code': 'STUD_10_11', 'name': 'Численность обучающихся 10–11 классов', 'unit': 'чел.', 'whole': 'STUD_1_11', 'partGroup': 'GRADES'},
    {'code': 'STUD_6', 'name': 'Численность обучающихся 6 классов', 'unit': 'чел.', 'whole': 'STUD_6_9', 'partGroup': 'GRADES_6_8'},
    {'code': 'STUD_8', 'name': 'Численность обучающихся 8 классов', 'unit': 'чел.', 'whole': 'STUD_6_9', 'partGroup': 'GRADES_6_8'},
    {'code': 'BVB_6_9', 'name': 'Обучающиеся 6–9 классов — участники проекта «Билет в будущее»', 'unit': 'чел.', 'whole': 'STUD_6_9'},
    {'code': 'BVB_10_11', 'name': 'Обучающиеся 10–11 классов — участники проекта «Билет в будущее»', 'unit': 'чел.', 'whole': 'STUD_10_11'},
    {'code': 'PRK', 'name': 'Обучающиеся — участники открытых онлайн-уроков «Проектория» (персонифицированный учёт)', 'unit': 'чел.', 'whole': 'STUD_1_11'},
    {'code': 'TEST_6', 'name': 'Обучающиеся 6 классов, прошедшие профориентационное тестирование', 'unit': 'чел.', 'whole': 'STUD_6'},
    {'code': 'TEST_8', 'name': 'Обучающиеся 8 классов, прошедшие профориентационное тестирование', 'unit': 'чел.', 'whole': 'STUD_8'},
    {'code': 'GRAD_9', 'name': 'Выпускники 9 классов', 'unit': 'чел.'},
    {'code': 'G9_TO_10', 'name': 'Выпускники 9 классов, продолжившие обучение в 10 классе', 'unit': 'чел.', 'whole': 'GRAD_9', 'partGroup': 'G9_DEST'},
    {'code': 'G9_SPO', 'name': 'Выпускники 9 классов, поступившие в профессиональные образовательные организации', 'unit': 'чел.', 'whole': 'GRAD_9', 'partGroup': 'G9_DEST'},
    {'code': 'G9_SPO_PROF', 'name': 'Выпускники 9 классов, поступившие в ПОО по профилю предпрофильной подготовки', 'unit': 'чел.', 'whole': 'G9_SPO'},
    {'code': 'GRAD_11', 'name': 'Выпускники 11 классов', 'unit': 'чел.'},
    {'code': 'G11_VUZ', 'name': 'Выпускники 11 классов, поступившие в вузы', 'unit': 'чел.', 'whole': 'GRAD_11', 'partGroup': 'G11_DEST'},
    {'code': 'G11_VUZ_BUDGET', 'name': 'Выпускники 11 классов, поступившие в вузы на бюджетной основе', 'unit': 'чел.', 'whole': 'G11_VUZ'},
    {'code': 'G11_VUZ_PROF', 'name': 'Выпускники 11 классов, поступившие в вузы по профилю обучения', 'unit': 'чел.', 'whole': 'G11_VUZ'},
    {'code': 'G11_SPO', 'name': 'Выпускники 11 классов, поступившие в профессиональные образовательные организации', 'unit': 'чел.', 'whole': 'GRAD_11', 'partGroup': 'G11_DEST'},
    {'code': 'G11_SPO_BUDGET', 'name': 'Выпускники 11 классов, поступившие в ПОО на бюджетной основе', 'unit': 'чел.', 'whole': 'G11_SPO'},
    {'code': 'G11_SPO_PROF', 'name': 'Выпускники 11 классов, поступившие в ПОО по профилю обучения', 'unit': 'чел.', 'whole': 'G11_SPO'},
    {'code': 'EARLY_PO', 'type': 'FLAG', 'name': 'В ОО проводятся мероприятия по ранней профориентации'},
    {'code': 'PO_PROGRAM', 'type': 'FLAG', 'name': 'Профориентационная работа ведётся регулярно согласно программе, плану или модели'},
    {'code': 'ENTERPRISE', 'type': 'FLAG', 'name': 'ОО взаимодействует с учреждениями/предприятиями муниципального образования в рамках профориентации'},
    {'code': 'EARLY_1_4', 'name': 'Обучающиеся 1–4 классов, охваченные мероприятиями ранней профориентации', 'unit': 'чел.', 'whole': 'STUD_1_4'},
    {'code': 'STUD_OVZ', 'name': 'Численность обучающихся с ОВЗ и инвалидностью', 'unit': 'чел.', 'whole': 'STUD_1_11'},
    {'code': 'OVZ_COVERED', 'name': 'Обучающиеся с ОВЗ и инвалидностью, охваченные мероприятиями по самоопределению и профориентации', 'unit': 'чел.', 'whole': 'STUD_OVZ'},
]


def ind(code, name, formula, unit='%', targets=(), **kw):
    d = {'code': code, 'name': name, 'formula': formula, 'unit': unit, 'targets': list(targets)}
    d.update(kw)
    return d


NOT_BELOW = {'kind': 'NOT_BELOW_PREVIOUS'}

CRITERIA = [
    {'code': 'K1', 'name': 'Выявление предпочтений обучающихся в области профессиональной подготовки',
     'description': 'Охват проектом «Билет в будущее» обучающихся 6–9 и 10–11 классов по муниципальным образованиям; участие в открытых уроках «Проектория»; охват не ниже прошлого года.',
     'indicators': [
         ind('K1_1', 'Доля обучающихся 6–9 классов, охваченных проектом «Билет в будущее»', 'share(BVB_6_9, STUD_6_9)',
             level='BASIC', targets=[dict(NOT_BELOW, assumptionNote=None)], description=SEED002_14),
         ind('K1_2', 'Доля обучающихся 10–11 классов, охваченных проектом «Билет в будущее»', 'share(BVB_10_11, STUD_10_11)',
             level='SECONDARY', targets=[NOT_BELOW], description=SEED002_14),
         ind('K1_3', 'Доля обучающихся 6–11 классов, принимающих участие в проекте «Билет в будущее»',
             'share(BVB_6_9 + BVB_10_11, STUD_6_9 + STUD_10_11)',
             targets=[NOT_BELOW,
                      {'value': 100, 'municipality': 'TVR-SON', 'academicYear': '2022/23',
                       'assumptionNote': 'П. 4 решения протокола № 7 Сонковского района требует 100 % регистрации '
                                         'учеников 6–11 классов на платформе; проект приравнивает её к участию.'}]),
         ind('K1_4', 'Число участников открытых онлайн-уроков «Проектория»', 'sum(PRK)', unit='чел.',
             targets=[NOT_BELOW], description=SEED002_14),
         ind('K1_5', 'Доля обучающихся 1–11 классов — участников открытых онлайн-уроков «Проектория»', 'share(PRK, STUD_1_11)',
             targets=[NOT_BELOW, {'value': 50, 'assumptionNote': A_PLAN}],
             assumptionNote='Источник называет участие в «Проектории» без формулы; доля от всех обучающихся 1–11 классов — допущение проекта.'),
         ind('K1_6', 'Доля ОО, участвующих в проекте «Билет в будущее»', 'orgshare(BVB_6_9 + BVB_10_11 > 0)',
             targets=[{'value': 100, 'assumptionNote': 'П. 1.2: всем школам, лицеям и гимназиям участвовать в проекте; план 100 % — прочтение проекта.'}],
             assumptionNote='Участие ОО определяется по наличию хотя бы одного участника проекта — допущение проекта.'),
         ind('K1_7', 'Изменение доли обучающихся 6–11 классов — участников «Билета в будущее» к прошлому году',
             '@K1_3 - prev(@K1_3)', unit='п.п.',
             targets=[{'value': 0, 'assumptionNote': 'Не ниже прошлого года (п. 1.4) выражено как изменение ≥ 0 п.п.'}]),
     ]},
    {'code': 'K2', 'name': 'Выявление предпочтений обучающихся на уровне основного общего образования в области профессиональной ориентации',
     'description': 'Профориентационное тестирование обучающихся 6 и 8 классов; план 100 %.',
     'indicators': [
         ind('K2_1', 'Доля обучающихся 6 и 8 классов, прошедших профориентационное тестирование',
             'share(TEST_6 + TEST_8, STUD_6 + STUD_8)', level='BASIC', targets=[{'value': 100}],
             description='П. 2.2: организовать тестирование 100 % обучающихся 6-х и 8-х классов.'),
         ind('K2_2', 'Доля обучающихся 6 классов, прошедших профориентационное тестирование', 'share(TEST_6, STUD_6)',
             level='BASIC', targets=[{'value': 100}]),
         ind('K2_3', 'Доля обучающихся 8 классов, прошедших профориентационное тестирование', 'share(TEST_8, STUD_8)',
             level='BASIC', targets=[{'value': 100}]),
     ]},
    {'code': 'K3', 'name': 'Выбор профессии обучающимися на уровне основного общего образования и успешность зачисления в ВУЗ в соответствии с выбранным профилем',
     'description': 'Поступление выпускников 9 и 11 классов в профессиональные образовательные организации и вузы, в том числе по профилю обучения.',
     'indicators': [
         ind('K3_1', 'Доля выпускников 9 классов, поступивших в профессиональные образовательные организации', 'share(G9_SPO, GRAD_9)',
             level='BASIC', description='Справочный показатель: план не устанавливается.'),
         ind('K3_2', 'Доля выпускников 9 классов, продолживших обучение в 10 классе', 'share(G9_TO_10, GRAD_9)',
             level='BASIC', description='Справочный показатель: план не устанавливается.'),
         ind('K3_3', 'Доля выпускников 9 классов, поступивших в ПОО по профилю предпрофильной подготовки', 'share(G9_SPO_PROF, G9_SPO)',
             level='BASIC', targets=[{'value': 50, 'assumptionNote': A_PLAN}],
             assumptionNote='Источник требует учёта поступивших «по профилю обучения» без формулы; формула — допущение проекта.'),
         ind('K3_4', 'Доля выпускников 11 классов, поступивших в вузы', 'share(G11_VUZ, GRAD_11)', level='SECONDARY',
             description='Справочный показатель: план не устанавливается.'),
         ind('K3_5', 'Доля выпускников 11 классов, поступивших в профессиональные образовательные организации', 'share(G11_SPO, GRAD_11)',
             level='SECONDARY', description='Справочный показатель: план не устанавливается.'),
         ind('K3_6', 'Доля выпускников 11 классов, поступивших в вузы на бюджетной основе, от поступивших в вузы', 'share(G11_VUZ_BUDGET, G11_VUZ)',
             level='SECONDARY'),
         ind('K3_7', 'Доля выпускников 11 классов, поступивших в вузы по профилю обучения', 'share(G11_VUZ_PROF, G11_VUZ)',
             level='SECONDARY', targets=[{'value': 60, 'assumptionNote': A_PLAN}],
             assumptionNote='Источник требует учёта поступивших «по профилю обучения» без формулы; формула — допущение проекта.'),
         ind('K3_8', 'Доля выпускников 9 и 11 классов, поступивших в ПОО и вузы по профилю обучения',
             'share(G9_SPO_PROF + G11_SPO_PROF + G11_VUZ_PROF, G9_SPO + G11_SPO + G11_VUZ)',
             targets=[{'value': 50, 'assumptionNote': A_PLAN}],
             assumptionNote='Сводная формула по критерию 3 — допущение проекта.'),
         ind('K3_9', 'Число выпускников 11 классов, поступивших в вузы', 'sum(G11_VUZ)', unit='чел.', level='SECONDARY'),
         ind('K3_10', 'Число выпускников 11 классов, поступивших в вузы на бюджетной основе', 'sum(G11_VUZ_BUDGET)', unit='чел.', level='SECONDARY'),
         ind('K3_11', 'Число выпускников 11 классов, поступивших в ПОО', 'sum(G11_SPO)', unit='чел.', level='SECONDARY'),
         ind('K3_12', 'Число выпускников 11 классов, поступивших в ПОО на бюджетной основе', 'sum(G11_SPO_BUDGET)', unit='чел.', level='SECONDARY'),
     ]},
    {'code': 'M', 'name': 'Показатели МСОКО муниципальных образований: система работы по самоопределению и профессиональной ориентации',
     'description': 'По протоколу № 7 Сонковского района от 18.10.2022 и приказу управления образования Спировского МО от 19.05.2022 № 108.',
     'indicators': [
         ind('M_1', 'Число ОО, в которых проводятся мероприятия по ранней профориентации', 'count(EARLY_PO = 1)', unit='ОО'),
         ind('M_2', 'Доля ОО, в которых проводятся мероприятия по ранней профориентации', 'orgshare(EARLY_PO = 1)',
             targets=[{'value': 100, 'assumptionNote': A_PLAN}]),
         ind('M_3', 'Доля ОО, в которых ранняя профориентация выполняется регулярно согласно программе, плану или модели профориентационной работы',
             'orgshare(PO_PROGRAM = 1)', targets=[{'value': 100, 'assumptionNote': A_PLAN}]),
         ind('M_4', 'Число ОО, взаимодействующих с учреждениями/предприятиями в рамках профориентации обучающихся', 'count(ENTERPRISE = 1)', unit='ОО'),
         ind('M_5', 'Доля ОО, взаимодействующих с учреждениями/предприятиями в рамках профориентации обучающихся', 'orgshare(ENTERPRISE = 1)',
             targets=[{'value': 100, 'assumptionNote': 'П. 3 решения протокола № 7: обеспечить взаимодействие всем ОО; план 100 % — прочтение проекта.'}]),
         ind('M_6', 'Доля обучающихся 1–4 классов, охваченных мероприятиями ранней профориентации', 'share(EARLY_1_4, STUD_1_4)',
             level='PRIMARY', targets=[{'value': 80, 'assumptionNote': A_PLAN}],
             assumptionNote='Приказ № 108 Спировского МО называет раннюю профориентацию на уровне НОО без формулы; формула — допущение проекта.'),
         ind('M_7', 'Доля обучающихся с ОВЗ и инвалидностью, охваченных мероприятиями по самоопределению и профориентации', 'share(OVZ_COVERED, STUD_OVZ)',
             targets=[NOT_BELOW], description='П. 6 решения протокола № 7: не снижать охват обучающихся, в том числе с ОВЗ.'),
     ]},
]

T_SEED002 = 'до 01.05 года проведения мониторинга'
TEMPLATES = [
    {'problem': 'ZERO_COVERAGE', 'indicator': 'K1_1', 'addressee': 'NAMED_MUNICIPALITY',
     'action': 'Всем школам, лицеям и гимназиям ({municipality}) участвовать в мероприятиях, направленных на раннюю профориентацию обучающихся, в том числе в проекте ранней профессиональной ориентации школьников 6–11 классов «Билет в будущее»: охват обучающихся 6–9 классов составил {value} {unit}.',
     'deadline': 'в течение учебного года, следующего за мониторингом', 'responsible': 'руководители общеобразовательных организаций'},
    {'problem': 'ZERO_COVERAGE', 'indicator': 'K1_2', 'addressee': 'NAMED_MUNICIPALITY',
     'action': 'Всем школам, лицеям и гимназиям ({municipality}) участвовать в проекте «Билет в будущее»: охват обучающихся 10–11 классов составил {value} {unit}.',
     'deadline': 'в течение учебного года, следующего за мониторингом', 'responsible': 'руководители общеобразовательных организаций'},
    {'problem': 'FELL_AGAINST_PREVIOUS', 'indicator': 'K1_3', 'addressee': 'MUNICIPAL_DEPARTMENTS',
     'action': 'Отделу образования ({municipality}) продолжить координировать деятельность подведомственных организаций с целью выявления предпочтений обучающихся в области профессиональной ориентации; определить количество педагогов и обучающихся и организовать их регистрацию на платформе «Билет в будущее». Охват должен быть не менее, чем в прошлом году ({target} {unit}).',
     'deadline': T_SEED002, 'responsible': 'руководитель муниципального органа управления образованием'},
    {'problem': 'FELL_AGAINST_PREVIOUS', 'indicator': 'K1_4', 'addressee': 'NAMED_MUNICIPALITY',
     'action': 'Обеспечить персонифицированный учёт участников мероприятий «Проектория» и «Билет в будущее» ({municipality}). Охват должен быть не менее, чем в прошлом году ({target} {unit}).',
     'deadline': 'до конца календарного года', 'responsible': 'муниципальный координатор профориентационной работы'},
    {'problem': 'BELOW_TARGET', 'indicator': 'K1_5', 'addressee': 'NAMED_MUNICIPALITY',
     'action': 'Образовательным учреждениям ({municipality}) участвовать в мероприятиях, направленных на раннюю профориентацию обучающихся, в том числе в открытых онлайн-уроках, реализуемых с учётом опыта цикла открытых уроков «Проектория».',
     'deadline': 'в течение учебного года', 'responsible': 'руководители образовательных организаций'},
    {'problem': 'BELOW_TARGET', 'indicator': 'K1_3', 'addressee': 'ALL_SCHOOLS',
     'action': 'Всем ОО обеспечить постоянное участие в проекте «Билет в будущее», обеспечить сбор согласий и заявлений, необходимых для регистрации учащихся. Обеспечить 100 % регистрацию учеников 6–11 классов на платформе и их дальнейшее участие в ранней профориентации (сейчас {value} {unit}).',
     'deadline': 'в течение учебного года', 'responsible': 'руководители ОО'},
    {'problem': 'BELOW_TARGET', 'indicator': 'K2_1', 'addressee': 'NAMED_MUNICIPALITY',
     'action': 'Общеобразовательным учреждениям ({municipality}): увеличить охват обучающихся 6, 8 классов диагностическими мероприятиями по выявлению предпочтений обучающихся в области профессиональной ориентации (охват {value} {unit} при плане {target} {unit}); психологам организовать систематическую и планомерную работу по выявлению профессиональных предпочтений обучающихся 6, 8 классов, взаимодействовать по этому вопросу с ЦОПП Тверской области, Центром занятости, АНО «Вектор».',
     'deadline': T_SEED002, 'responsible': 'руководители и педагоги-психологи общеобразовательных организаций'},
    {'problem': 'BELOW_TARGET', 'indicator': 'K2_1', 'addressee': 'ALL_SCHOOLS',
     'action': 'Руководителям образовательных организаций: организовать тестирование 100 % обучающихся 6-х и 8-х классов.',
     'deadline': T_SEED002, 'responsible': 'руководители образовательных организаций'},
    {'problem': 'BELOW_TARGET', 'indicator': 'K2_1', 'addressee': 'MUNICIPAL_DEPARTMENTS',
     'action': 'Муниципальным координаторам, ответственным за сопровождение профориентационной работы ({municipality}): провести анализ результатов тестирования, определить группы профориентационных предпочтений и провести семинар с руководителями и специалистами общеобразовательных организаций по итогам профориентационного тестирования.',
     'deadline': 'до конца учебного года', 'responsible': 'муниципальный координатор профориентационной работы'},
    {'problem': 'NOT_REPORTED', 'indicator': 'K3_8', 'addressee': 'MUNICIPAL_DEPARTMENTS',
     'action': 'Отделу образования ({municipality}) осуществлять контроль за отражением объективной информации о поступивших выпускниках 9-х и 11-х классов в профессиональные образовательные организации и высшие учебные заведения: {organisation} не представила данные.',
     'deadline': 'в течение 5 рабочих дней', 'responsible': 'руководитель муниципального органа управления образованием'},
    {'problem': 'NOT_REPORTED', 'indicator': 'K3_8', 'addressee': 'NAMED_ORGANISATION',
     'action': '{organisation}: отразить объективную информацию о поступивших выпускниках 9-х и 11-х классов в профессиональные образовательные организации и высшие учебные заведения по профилю обучения в отчёте образовательной организации через количественный показатель.',
     'deadline': 'в течение 5 рабочих дней', 'responsible': 'руководитель ОО'},
    {'problem': 'BELOW_TARGET', 'indicator': 'M_3', 'addressee': 'ALL_SCHOOLS',
     'action': 'Руководителям ОО: провести анализ результатов мониторинга, определить проблемы и недочёты по организации работы по самоопределению и профориентации обучающихся, наметить пути их устранения; разработать программы профориентации по уровням образования, определить сроки исполнения, назначить ответственных.',
     'deadline': 'до 30.11 текущего года', 'responsible': 'руководители ОО'},
    {'problem': 'BELOW_TARGET', 'indicator': 'M_5', 'addressee': 'NAMED_ORGANISATION',
     'action': '{organisation} обеспечить взаимодействие с учреждениями/предприятиями ({municipality}) в рамках профориентации обучающихся.',
     'deadline': 'в течение учебного года', 'responsible': 'руководитель ОО'},
    {'problem': 'ZERO_COVERAGE', 'indicator': 'M_4', 'addressee': 'NAMED_ORGANISATION',
     'action': 'Директору {organisation}: активизировать работу с руководителями предприятий и организаций ({municipality}) по привлечению их к оказанию помощи в организации экскурсий на производство, в организации, выступлениях на классных часах; активизировать адресную психолого-педагогическую помощь обучающимся по вопросам профориентации.',
     'deadline': 'до октября текущего года', 'responsible': 'директор ОО'},
    {'problem': 'BELOW_TARGET', 'indicator': 'M_6', 'addressee': 'NAMED_ORGANISATION',
     'action': 'Директору {organisation}: усилить раннюю профориентацию с обучающимися 1–4 классов по формированию представлений о мире профессий, развитию интереса к учебно-познавательной деятельности (социальной, трудовой, игровой, исследовательской); охват {value} {unit} при плане {target} {unit}.',
     'deadline': 'до октября текущего года', 'responsible': 'директор ОО'},
    {'problem': 'FELL_AGAINST_PREVIOUS', 'indicator': 'M_7', 'addressee': 'ALL_SCHOOLS',
     'action': 'Не снижать охват обучающихся, в том числе с ОВЗ, охваченных мероприятиями по самоопределению и профориентации в общеобразовательных учреждениях (в прошлом году {target} {unit}, сейчас {value} {unit}).',
     'deadline': 'в течение учебного года', 'responsible': 'руководители ОО'},
    {'problem': 'NOT_REPORTED', 'addressee': 'MUNICIPAL_DEPARTMENTS',
     'action': 'Управлению образования ({municipality}): обеспечить представление {organisation} данных мониторинга работы по самоопределению и профессиональной ориентации обучающихся на основе показателей МСОКО.',
     'deadline': 'в течение 5 рабочих дней', 'responsible': 'специалист управления образования, ответственный за мониторинг'},
    {'problem': 'FELL_AGAINST_PREVIOUS', 'indicator': 'K1_3', 'addressee': 'MINISTRY',
     'action': 'Министерству образования Тверской области: рассмотреть итоги мониторинга по показателю «{indicator}» ({value} {unit}, в прошлом году {target} {unit}) на совещании с руководителями муниципальных органов управления образованием.',
     'deadline': 'до 01.05 года проведения мониторинга', 'responsible': 'Министерство образования Тверской области'},
]

INDICATOR_SET = {'id': 'tver-2022', 'regionCode': 'TVR', 'version': '2022/23',
                 'title': 'Мониторинг работы по самоопределению и профессиональной ориентации обучающихся общеобразовательных организаций Тверской области',
                 'regulation': ORDER_1371, 'criteria': CRITERIA, 'elements': ELEMENTS, 'templates': TEMPLATES}

# ---------------------------------------------------------------------------- demo data
BVB69_EXACT = {'ZHA': 1.0, 'MOL': 0.0}                      # seed 002: 100 % Жарковский, 0 % Молоковский
BVB1011_EXACT = dict({m: 1.0 for m in ('TRP', 'ZAP', 'FIR', 'KSH', 'KRH', 'TOR', 'AND', 'SAN')},
                     **{m: 0.0 for m in ('MOL', 'OST', 'SOL')})  # seed 002, п. 1.2
TEST_BELOW = ('KRH', 'KUV', 'SOL', 'BEL', 'KES', 'OZR', 'AND', 'ZAP', 'KIM', 'FIR')  # seed 002, п. 2.4
PRK_EXACT = {'MOL': 0.0, 'MAK': 0.06}                        # seed 002, п. 1.3 (low, synthetic level)
NOT_REPORTING = {CUR: ['TVR-KLN-06']}                        # demo of a NOT_REPORTED problem

# Seed 000, Сонковский район, 2022 (graduates of 2022 reported in the 2022/23 campaign).
# Order: Сонковская СОШ, СОШ №9, Беляницкая СОШ, Вепревская ООШ, Задорская ООШ, Краснооктябрьская ООШ, Литвиновская ООШ.
FIXED_SON = {
    'STUD_6_9':       [100, 75, 35, 22, 18, 20, 15],  # Σ 285
    'STUD_10_11':     [24, 12, 4, 0, 0, 0, 0],        # Σ 40  -> grades 6-11: 325
    'BVB_6_9':        [52, 40, 18, 12, 9, 10, 8],     # Σ 149
    'BVB_10_11':      [12, 6, 2, 0, 0, 0, 0],         # Σ 20  -> 169 / 325 = 52,0 %
    'GRAD_9':         [22, 16, 8, 5, 4, 5, 4],        # Σ 64
    'G9_TO_10':       [10, 6, 2, 1, 0, 0, 0],         # Σ 19
    'G9_SPO':         [12, 10, 6, 4, 4, 5, 4],        # Σ 45
    'GRAD_11':        [12, 7, 3, 0, 0, 0, 0],         # Σ 22
    'G11_VUZ':        [8, 5, 1, 0, 0, 0, 0],          # Σ 14 (63,6 %; the seed says 63,7 %)
    'G11_VUZ_BUDGET': [8, 4, 1, 0, 0, 0, 0],          # Σ 13, paid 1
    'G11_SPO':        [3, 2, 2, 0, 0, 0, 0],          # Σ 7, all state-funded; 1 graduate awaits army service
    'G11_SPO_BUDGET': [3, 2, 2, 0, 0, 0, 0],
    'EARLY_PO':       [1, 1, 1, 1, 1, 1, 1],          # 7 of 7
    'PO_PROGRAM':     [1, 1, 1, 1, 1, 0, 0],          # 5 of 7 = 71,4 % (which two: synthetic)
    'ENTERPRISE':     [1, 1, 1, 1, 0, 0, 0],          # 4 of 7; Задорская, Краснооктябрьская, Литвиновская do not
}
# Seed 004, Спировский МО: СОШ №8 and ООШ №1 (enterprises), Козлово and Красное Знамя (early guidance in 1-4).
FIXED_SPI = {'TVR-SPI-01': {'ENTERPRISE': 0}, 'TVR-SPI-02': {'ENTERPRISE': 0},
             'TVR-SPI-05': {'ENTERPRISE': 1, 'PO_PROGRAM': 1, 'EARLY_PO': 1}}
EARLY_RATE = {'TVR-SPI-03': 0.25, 'TVR-SPI-04': 0.25, 'TVR-SPI-05': 1.0}

SIZE = {'TVE': (45, 90), 'KIM': (25, 50), 'RZH': (25, 55), 'TOR': (25, 50), 'SOL': (3, 8), 'OZR': (20, 40)}


def _size(muni, org):
    if org['kind'] == 'BASIC_SCHOOL':
        return (3, 9)
    if muni in SIZE:
        return SIZE[muni]
    if ' с. ' in org['name'] or ' д. ' in org['name'] or ' п. ' in org['name']:
        return (5, 14)
    return (15, 40)


def _school(rng, org, muni, rates, fixed):
    senior = 'SECONDARY' in org['levels']
    g = grades(rng, _size(muni, org), senior)
    if 'STUD_6_9' in fixed:
        g[6:10] = split(rng, fixed['STUD_6_9'], 4)
    if 'STUD_10_11' in fixed:
        g[10:12] = split(rng, fixed['STUD_10_11'], 2) if fixed['STUD_10_11'] else [0, 0]
    r = {'STUD_1_11': sum(g[1:12]), 'STUD_1_4': sum(g[1:5]), 'STUD_6_9': sum(g[6:10]),
         'STUD_10_11': g[10] + g[11], 'STUD_6': g[6], 'STUD_8': g[8]}
    r['BVB_6_9'] = fixed.get('BVB_6_9', part(rng, r['STUD_6_9'], rates['bvb69']))
    r['BVB_10_11'] = fixed.get('BVB_10_11', part(rng, r['STUD_10_11'], rates['bvb1011']))
    r['PRK'] = part(rng, r['STUD_1_11'], rates['prk'])
    r['TEST_6'] = part(rng, r['STUD_6'], rates['test'], 0.12)
    r['TEST_8'] = part(rng, r['STUD_8'], rates['test'], 0.12)
    r['GRAD_9'] = fixed.get('GRAD_9', max(1, round(g[9] * rng.uniform(0.9, 1.05))))
    to10 = round(r['GRAD_9'] * (rng.uniform(0.35, 0.55) if senior else rng.uniform(0, 0.2)))
    r['G9_TO_10'] = fixed.get('G9_TO_10', to10)
    r['G9_SPO'] = fixed.get('G9_SPO', min(r['GRAD_9'] - r['G9_TO_10'], round(r['GRAD_9'] * rng.uniform(0.4, 0.65))))
    r['G9_SPO_PROF'] = part(rng, r['G9_SPO'], 0.6, 0.2)
    r['GRAD_11'] = fixed.get('GRAD_11', round(g[11] * rng.uniform(0.9, 1.05)) if senior else 0)
    r['G11_VUZ'] = fixed.get('G11_VUZ', round(r['GRAD_11'] * rng.uniform(0.45, 0.75)))
    r['G11_VUZ_BUDGET'] = fixed.get('G11_VUZ_BUDGET', part(rng, r['G11_VUZ'], 0.8, 0.12))
    r['G11_VUZ_PROF'] = part(rng, r['G11_VUZ'], 0.62, 0.15)
    r['G11_SPO'] = fixed.get('G11_SPO', min(r['GRAD_11'] - r['G11_VUZ'], round(r['GRAD_11'] * rng.uniform(0.15, 0.35))))
    r['G11_SPO_BUDGET'] = fixed.get('G11_SPO_BUDGET', part(rng, r['G11_SPO'], 0.9, 0.1))
    r['G11_SPO_PROF'] = part(rng, r['G11_SPO'], 0.55, 0.2)
    early = 1 if rng.random() < 0.93 else 0
    r['EARLY_PO'] = fixed.get('EARLY_PO', early)
    r['PO_PROGRAM'] = fixed.get('PO_PROGRAM', 1 if r['EARLY_PO'] and rng.random() < 0.72 else 0)
    r['ENTERPRISE'] = fixed.get('ENTERPRISE', 1 if rng.random() < 0.62 else 0)
    r['EARLY_1_4'] = part(rng, r['STUD_1_4'], EARLY_RATE.get(org['code'], rng.uniform(0.5, 0.95)), 0.05)
    r['STUD_OVZ'] = round(r['STUD_1_11'] * rng.uniform(0.02, 0.07))
    r['OVZ_COVERED'] = part(rng, r['STUD_OVZ'], rates['ovz'], 0.1)
    return r


def _rates(rng, muni):
    cur = {'bvb69': BVB69_EXACT.get(muni, rng.uniform(0.25, 0.85)),
           'bvb1011': BVB1011_EXACT.get(muni, rng.uniform(0.2, 0.85)),
           'prk': PRK_EXACT.get(muni, rng.uniform(0.3, 0.8)),
           'test': rng.uniform(0.55, 0.95) if muni in TEST_BELOW else 1.0,
           'ovz': rng.uniform(0.6, 0.95)}
    if muni == 'SON':
        cur.update(bvb69=0.52, bvb1011=0.5)
    return cur


def _previous_rates(rng, muni, cur):
    """Last year's rates: mostly a little lower (coverage grew); the seeds' zero units and a few others fell."""
    prev = {k: max(0.05, v - rng.uniform(0.03, 0.12)) if 0 < v < 1 else rng.uniform(0.8, 0.95)
            for k, v in cur.items()}
    prev['test'] = rng.uniform(0.6, 0.9) if muni in TEST_BELOW else 1.0
    prev.update({'MOL': {'bvb69': 0.35, 'bvb1011': 0.3, 'prk': 0.2},
                 'OST': {'bvb1011': 0.4}, 'SOL': {'bvb1011': 0.5},
                 'BEL': {'bvb69': min(0.95, cur['bvb69'] + 0.1)},
                 'LES': {'bvb69': min(0.95, cur['bvb69'] + 0.08), 'ovz': min(1.0, cur['ovz'] + 0.08)},
                 'SON': {'bvb69': 0.45, 'bvb1011': 0.45}}.get(muni, {}))
    return prev


def _campaign_data(rng, all_rates, previous):
    data = {}
    for m in MUNICIPALITIES:
        muni = m['code'][4:]
        rates = all_rates[muni]
        schools = [o for o in m['orgs'] if o['kind'] not in ('PRESCHOOL', 'ADDITIONAL_EDUCATION')]
        rows = []
        for i, o in enumerate(schools):
            fixed = {}
            if muni == 'SON' and not previous:
                fixed = {k: v[i] for k, v in FIXED_SON.items()}
            fixed.update(FIXED_SPI.get(o['code'], {}))
            row = _school(rng, o, muni, rates, fixed)
            data[o['code']] = row
            rows.append(row)
        if muni != 'SON' or previous:
            if muni not in BVB69_EXACT:
                fix_share_strictly_inside(rows, 'BVB_6_9', 'STUD_6_9')
            if muni not in BVB1011_EXACT:
                fix_share_strictly_inside(rows, 'BVB_10_11', 'STUD_10_11')
            if muni not in PRK_EXACT:
                fix_share_strictly_inside(rows, 'PRK', 'STUD_1_11')
            if muni in TEST_BELOW:
                fix_share_strictly_inside(rows, 'TEST_6', 'STUD_6')
                fix_share_strictly_inside(rows, 'TEST_8', 'STUD_8')
                num = sum(r['TEST_6'] + r['TEST_8'] for r in rows)
                den = sum(r['STUD_6'] + r['STUD_8'] for r in rows)
                if abs(num * 1000 / den % 1 - 0.5) < 1e-9:  # x,x5 %: HALF_UP and HALF_EVEN disagree
                    max(rows, key=lambda r: r['TEST_6'])['TEST_6'] -= 1
    for code in NOT_REPORTING.get(PREV if previous else CUR, []):
        del data[code]
    return data


def _campaigns():
    rng = random.Random(RNG_SEED)
    rates = {m['code'][4:]: _rates(rng, m['code'][4:]) for m in MUNICIPALITIES}
    prev_rates = {k: _previous_rates(rng, k, v) for k, v in rates.items()}
    cur = _campaign_data(rng, rates, previous=False)
    prev = _campaign_data(rng, prev_rates, previous=True)
    return [
        {'id': PREV, 'file': 'data/demo/campaign-2021-22.xmi', 'values': 'data/demo/values-2021-22.csv',
         'title': 'Мониторинг работы по самоопределению и профессиональной ориентации обучающихся ОО Тверской области в 2021/22 учебном году (демонстрационные данные)',
         'academicYear': '2021/22', 'periodStart': '2022-02-07', 'periodEnd': '2022-02-14', 'status': 'ARCHIVED',
         'data': prev},
        {'id': CUR, 'file': 'data/demo/campaign-2022-23.xmi', 'values': 'data/demo/values-2022-23.csv',
         'title': 'Мониторинг работы по самоопределению и профессиональной ориентации обучающихся ОО Тверской области в 2022/23 учебном году',
         'academicYear': '2022/23', 'periodStart': '2023-02-10', 'periodEnd': '2023-02-17', 'status': 'CLOSED',
         'openingOrder': ORDER_1371, 'previous': PREV, 'data': cur},
    ]


CAMPAIGNS = _campaigns()

# ---------------------------------------------------------------------------- golden figures
S000, S002 = 'seed 000', 'seed 002'


def _g(indicator, unit, seed, source, **kw):
    d = {'indicator': indicator, 'unit': unit, 'campaign': CUR, 'seed': seed, 'source': source}
    d.update(kw)
    return d


GOLDEN = [
    _g('M_1', 'TVR-SON', 'все 7 ОО', S000, num=7, value=7.0),
    _g('M_2', 'TVR-SON', 'во всех ОО', S000, num=7, den=7, value=100.0, plan='100 (assumption)', reached='yes'),
    _g('M_3', 'TVR-SON', '71%', S000, num=5, den=7, value=71.4, plan='100 (assumption)', reached='no'),
    _g('M_4', 'TVR-SON', '4 ОО из 7', S000, num=4, value=4.0),
    _g('M_5', 'TVR-SON', '4 ОО из 7', S000, num=4, den=7, value=57.1, plan='100 (assumption)', reached='no'),
    _g('K1_6', 'TVR-SON', 'все ОО участвуют', S000, num=7, den=7, value=100.0, plan='100 (assumption)', reached='yes'),
    _g('K1_3', 'TVR-SON', '52%', S000, num=169, den=325, value=52.0, plan='100 (decision item 4, assumption)', reached='no'),
    _g('K3_4', 'TVR-SON', '14 из 22 (63,7%)', S000, num=14, den=22, value=63.6, plan='—', reached='—'),
    _g('K3_9', 'TVR-SON', '14', S000, num=14, value=14.0),
    _g('K3_10', 'TVR-SON', '13 на бюджет', S000, num=13, value=13.0),
    _g('K3_6', 'TVR-SON', '13 бюджет, 1 платно', S000, num=13, den=14, value=92.9),
    _g('K3_11', 'TVR-SON', '7', S000, num=7, value=7.0),
    _g('K3_12', 'TVR-SON', '7, все на бюджет', S000, num=7, value=7.0),
    _g('K3_5', 'TVR-SON', '7 из 22', S000, num=7, den=22, value=31.8),
    _g('K3_2', 'TVR-SON', '19 из 64', S000, num=19, den=64, value=29.7),
    _g('K3_1', 'TVR-SON', '45 из 64', S000, num=45, den=64, value=70.3),
    _g('K1_1', 'TVR-ZHA', '100%', S002, value=100.0, plan='not below 2021/22', reached='yes'),
    _g('K1_1', 'TVR-MOL', '0%', S002, num=0, value=0.0, plan='not below 2021/22', reached='no (fell; zero coverage)'),
] + [
    _g('K1_2', 'TVR-' + m, '100%', S002, value=100.0, plan='not below 2021/22', reached='yes')
    for m in ('TRP', 'ZAP', 'FIR', 'KSH', 'KRH', 'TOR', 'AND', 'SAN')
] + [
    _g('K1_2', 'TVR-' + m, '0%', S002, num=0, value=0.0, plan='not below 2021/22', reached='no (fell; zero coverage)')
    for m in ('MOL', 'OST', 'SOL')
] + [
    _g('K2_1', 'TVR-' + m, 'ниже 100 % (назван в п. 2.4)', S002, max=100.0, plan='100', reached='no')
    for m in TEST_BELOW
] + [
    _g('K2_1', 'TVR-SON', 'не назван в п. 2.4', S002 + ' (reading)', value=100.0, plan='100', reached='yes'),
    _g('K1_5', 'TVR-MOL', 'назван в п. 1.3', S002 + ' (demo level)', num=0, value=0.0, plan='50 (assumption)', reached='no'),
    _g('K1_5', 'TVR-MAK', 'назван в п. 1.3', S002 + ' (demo level)', max=50.0, plan='50 (assumption)', reached='no'),
    _g('M_4', 'TVR-SPI-01', 'п. 3.1: активизировать работу с предприятиями', 'seed 004 (demo level)', value=0.0),
    _g('M_6', 'TVR-SPI-03', 'п. 3.2: усилить раннюю профориентацию 1–4', 'seed 004 (demo level)', max=80.0, plan='80 (assumption)', reached='no'),
    _g('K1_3', 'TVR', '—', 'synthetic (regression)'),
    _g('K2_1', 'TVR', '—', 'synthetic (regression)', max=100.0, plan='100', reached='no'),
]

GOLDEN_INTRO = '''# Golden figures: Tver oblast

Generated by `releng/demo-data/generate.py`, which also asserts every row against the demo data
(`data/demo/values-2022-23.csv`, previous year `values-2021-22.csv`). Values are rounded to one
decimal as the product shows them; the numerator and denominator are exact. "The seed says"
quotes the source as written (its own rounding included). Units: `TVR` region, `TVR-XXX`
municipality, `TVR-XXX-NN` organisation. Rows marked "demo level" or "regression" check data the
seeds only describe in words: the seed fixes the direction (zero, below target), the number is
synthetic.'''

GOLDEN_NOTES = [
    'Notes',
    '- K3_4: 14/22 = 63,636… → 63,6 %; seed 000 says 63,7 % (rounding slip in the seed).',
    '- M_3: 5/7 = 71,43 % → 71,4 %; seed 000 rounds to 71 %.',
    '- Seed 000 also says 22 grade-11 graduates = 14 (universities) + 7 (colleges) + 1 (awaits army service), and 64 grade-9 graduates = 19 (grade 10) + 45 (colleges); the data keep both identities.',
    '- K1_3 for TVR-SON has two targets: not below last year (2021/22: synthetic, lower) and 100 % (the municipal decision, assumption). Against 100 % the plan is not reached.',
    '- TVR-KLN-06 did not report in 2022/23 (no rows in the CSV): the demo of a NOT_REPORTED problem.',
]
