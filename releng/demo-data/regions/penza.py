"""Penza oblast, Бессоновский район: the district's monitoring of 2020/21 (seed 001; indicators of
the order of 05.07.2021 № 97/01-09). The seed's figures (4201, 8 + 2, more than 2500) are exact
totals below (TOTALS); the split over schools is synthetic, from random.Random(9701).
"""
import random

from .common import adjust_total, part

RNG_SEED = 9701
CUR = 'penza-bessonovka-2020-21'
REGION = {'code': 'PNZ', 'name': 'Пензенская область'}

ORDER_97 = {
    'title': 'Об утверждении Положения о мониторинге системы работы по самоопределению и профессиональной '
             'ориентации обучающихся общеобразовательных организаций Бессоновского района',
    'issuer': 'Управление образования Бессоновского района', 'number': '97/01-09', 'date': '2021-07-05',
    'note': 'Перечень показателей приказа в источнике не приведён; восемь групп показателей — по протоколу заседания '
            'рабочей группы от 13.07.2021 (seed 001), который рекомендует их учитывать. Актуализация показателей — '
            'по Концепции МСОКО Бессоновского района (приказ от 22.07.2021 № 102.2/01-09).',
}
A_PLAN = 'Плановое значение в источнике не приведено; значение — допущение проекта.'
A_FORM = 'Источник называет группу показателей без формулы; формула — допущение проекта.'

SEC, BAS = ['PRIMARY', 'BASIC', 'SECONDARY'], ['PRIMARY', 'BASIC']
SCHOOLS = [  # synthetic names on real villages of the district
    ('МБОУ СОШ с. Бессоновка', 'SECONDARY_SCHOOL', (60, 90)),
    ('МБОУ СОШ №2 с. Бессоновка', 'SECONDARY_SCHOOL', (50, 75)),
    ('МБОУ СОШ с. Грабово', 'SECONDARY_SCHOOL', (45, 70)),
    ('МБОУ СОШ с. Степановка', 'SECONDARY_SCHOOL', (25, 40)),
    ('МБОУ СОШ с. Вазерки', 'SECONDARY_SCHOOL', (30, 45)),
    ('МБОУ СОШ с. Чемодановка', 'SECONDARY_SCHOOL', (35, 55)),
    ('МБОУ СОШ с. Ухтинка', 'SECONDARY_SCHOOL', (20, 35)),
    ('МБОУ СОШ с. Сосновка', 'SECONDARY_SCHOOL', (25, 40)),
    ('МБОУ СОШ с. Кижеватово', 'SECONDARY_SCHOOL', (20, 35)),
    ('МБОУ СОШ с. Полеологово', 'SECONDARY_SCHOOL', (20, 35)),
    ('МБОУ СОШ с. Лопуховка', 'SECONDARY_SCHOOL', (15, 25)),
    ('МБОУ ООШ с. Трофимовка', 'BASIC_SCHOOL', (6, 12)),
    ('МБОУ ООШ с. Пыркино', 'BASIC_SCHOOL', (5, 10)),
    ('МБОУ ООШ с. Блохино', 'BASIC_SCHOOL', (5, 10)),
]
NEIGHBOURS = [
    ('PEN', 'город Пенза', 'CITY_OKRUG'),
    ('PNR', 'Пензенский район', 'DISTRICT'),
    ('MOK', 'Мокшанский район', 'DISTRICT'),
    ('LUN', 'Лунинский район', 'DISTRICT'),
    ('GOR', 'Городищенский район', 'DISTRICT'),
]
MUNICIPALITIES = [
    {'code': 'PNZ-BES', 'name': 'Бессоновский район', 'kind': 'DISTRICT', 'note': 'seed 001',
     'orgs': [{'code': 'PNZ-BES-%02d' % i, 'name': n, 'shortName': n.replace('МБОУ ', ''), 'kind': k,
               'levels': SEC if k == 'SECONDARY_SCHOOL' else BAS, 'synthetic': True}
              for i, (n, k, _) in enumerate(SCHOOLS, 1)]},
] + [{'code': 'PNZ-' + c, 'name': n, 'kind': k, 'orgs': [],
      'note': 'Соседнее муниципальное образование; набор показателей Бессоновского района к нему не применяется.'}
     for c, n, k in NEIGHBOURS]

ELEMENTS = [
    {'code': 'STUD_1_11', 'name': 'Численность обучающихся 1–11 классов', 'unit': 'чел.'},
    {'code': 'STUD_1_4', 'name': 'Численность обучающихся 1–4 классов', 'unit': 'чел.', 'whole': 'STUD_1_11', 'partGroup': 'GRADES'},
    {'code': 'STUD_6_11', 'name': 'Численность обучающихся 6–11 классов', 'unit': 'чел.', 'whole': 'STUD_1_11', 'partGroup': 'GRADES'},
    {'code': 'STUD_OVZ', 'name': 'Численность обучающихся с ОВЗ', 'unit': 'чел.', 'whole': 'STUD_1_11'},
    {'code': 'DIAG', 'name': 'Обучающиеся 6–11 классов, прошедшие диагностику профессиональных предпочтений', 'unit': 'чел.', 'whole': 'STUD_6_11'},
    {'code': 'PO_EVENTS', 'name': 'Обучающиеся, охваченные профориентационными мероприятиями', 'unit': 'чел.', 'whole': 'STUD_1_11'},
    {'code': 'INDIV_CONS', 'name': 'Обучающиеся 6–11 классов, получившие индивидуальное сопровождение профессионального самоопределения (консультации)', 'unit': 'чел.', 'whole': 'STUD_6_11'},
    {'code': 'GRAD_11', 'name': 'Выпускники 11 классов', 'unit': 'чел.'},
    {'code': 'GIA_ADV', 'name': 'Выпускники 11 классов, выбравшие для сдачи ГИА учебные предметы, изучавшиеся на углублённом уровне', 'unit': 'чел.', 'whole': 'GRAD_11'},
    {'code': 'G11_VUZ', 'name': 'Выпускники 11 классов, поступившие в образовательные организации высшего образования', 'unit': 'чел.', 'whole': 'GRAD_11', 'partGroup': 'G11_DEST'},
    {'code': 'G11_VUZ_PROF', 'name': 'Выпускники 11 классов, поступившие в вузы по профилю обучения', 'unit': 'чел.', 'whole': 'G11_VUZ'},
    {'code': 'G11_SPO', 'name': 'Выпускники 11 классов, поступившие в профессиональные образовательные организации', 'unit': 'чел.', 'whole': 'GRAD_11', 'partGroup': 'G11_DEST'},
    {'code': 'G11_SPO_PROF', 'name': 'Выпускники 11 классов, поступившие в ПОО по профилю обучения', 'unit': 'чел.', 'whole': 'G11_SPO'},
    {'code': 'GRAD_9', 'name': 'Выпускники 9 классов', 'unit': 'чел.'},
    {'code': 'G9_SPO', 'name': 'Выпускники 9 классов, поступившие в профессиональные образовательные организации', 'unit': 'чел.', 'whole': 'GRAD_9'},
    {'code': 'G9_SPO_PROF', 'name': 'Выпускники 9 классов, поступившие в ПОО по профилю обучения', 'unit': 'чел.', 'whole': 'G9_SPO'},
    {'code': 'PRK', 'name': 'Обучающиеся — участники уроков «Проектория», направленных на раннюю профориентацию', 'unit': 'чел.', 'whole': 'STUD_1_11'},
    {'code': 'EARLY_1_4', 'name': 'Обучающиеся 1–4 классов, охваченные мероприятиями ранней профориентации', 'unit': 'чел.', 'whole': 'STUD_1_4'},
    {'code': 'OVZ_COVERED', 'name': 'Обучающиеся с ОВЗ, охваченные профориентационными мероприятиями', 'unit': 'чел.', 'whole': 'STUD_OVZ'},
    {'code': 'CONTRACTS', 'name': 'Договоры о взаимодействии с учреждениями/предприятиями по вопросу профориентационной работы', 'unit': 'шт.'},
    {'code': 'AGREEMENTS', 'name': 'Соглашения о взаимодействии с учреждениями/предприятиями по вопросу профориентационной работы', 'unit': 'шт.'},
    {'code': 'CONTEST_PO', 'name': 'Обучающиеся — участники конкурсов профориентационной направленности', 'unit': 'чел.', 'whole': 'STUD_1_11'},
    {'code': 'CONTEST_PM', 'name': 'Обучающиеся — участники конкурсов профессионального мастерства', 'unit': 'чел.', 'whole': 'STUD_1_11'},
]


def ind(code, name, formula, unit='%', plan=None, not_below=False, **kw):
    targets = []
    if plan is not None:
        targets.append({'value': plan, 'academicYear': '2020/21', 'assumptionNote': A_PLAN})
    if not_below:
        targets.append({'kind': 'NOT_BELOW_PREVIOUS', 'assumptionNote': 'Не ниже прошлого года — допущение проекта.'})
    d = {'code': code, 'name': name, 'formula': formula, 'unit': unit, 'targets': targets}
    d.update(kw)
    return d


CRITERIA = [
    {'code': 'P1', 'name': 'Выявление предпочтений обучающихся в области профессиональной ориентации', 'indicators': [
        ind('P1_1', 'Доля обучающихся 6–11 классов, прошедших диагностику профессиональных предпочтений', 'share(DIAG, STUD_6_11)', plan=80, assumptionNote=A_FORM),
    ]},
    {'code': 'P2', 'name': 'Сопровождение профессионального самоопределения обучающихся', 'indicators': [
        ind('P2_1', 'Число обучающихся, охваченных профориентационными мероприятиями', 'sum(PO_EVENTS)', unit='чел.', not_below=True),
        ind('P2_2', 'Доля обучающихся, охваченных профориентационными мероприятиями', 'share(PO_EVENTS, STUD_1_11)', plan=50, assumptionNote=A_FORM),
        ind('P2_3', 'Доля обучающихся 6–11 классов, получивших индивидуальное сопровождение профессионального самоопределения', 'share(INDIV_CONS, STUD_6_11)', plan=30, assumptionNote=A_FORM),
    ]},
    {'code': 'P3', 'name': 'Учёт обучающихся, выбравших для сдачи ГИА по программам СОО учебные предметы, изучавшиеся на углублённом уровне', 'indicators': [
        ind('P3_1', 'Доля выпускников 11 классов, выбравших для сдачи ГИА учебные предметы, изучавшиеся на углублённом уровне', 'share(GIA_ADV, GRAD_11)', plan=50, level='SECONDARY', assumptionNote=A_FORM),
    ]},
    {'code': 'P4', 'name': 'Учёт обучающихся, поступивших в ПОО и вузы по профилю обучения', 'indicators': [
        ind('P4_1', 'Доля выпускников 9 и 11 классов, поступивших в ПОО и вузы по профилю обучения', 'share(G9_SPO_PROF + G11_SPO_PROF + G11_VUZ_PROF, G9_SPO + G11_SPO + G11_VUZ)', plan=50, assumptionNote=A_FORM),
        ind('P4_2', 'Доля выпускников 11 классов, поступивших в вузы по профилю обучения', 'share(G11_VUZ_PROF, G11_VUZ)', plan=60, level='SECONDARY', assumptionNote=A_FORM),
        ind('P4_3', 'Доля выпускников 9 классов, поступивших в ПОО по профилю обучения', 'share(G9_SPO_PROF, G9_SPO)', plan=50, level='BASIC', assumptionNote=A_FORM),
    ]},
    {'code': 'P5', 'name': 'Ранняя профориентация обучающихся', 'indicators': [
        ind('P5_1', 'Число обучающихся — участников уроков «Проектория»', 'sum(PRK)', unit='чел.', not_below=True),
        ind('P5_2', 'Доля обучающихся — участников уроков «Проектория»', 'share(PRK, STUD_1_11)', plan=70, assumptionNote=A_FORM),
        ind('P5_3', 'Доля обучающихся 1–4 классов, охваченных мероприятиями ранней профориентации', 'share(EARLY_1_4, STUD_1_4)', plan=80, level='PRIMARY', assumptionNote=A_FORM),
    ]},
    {'code': 'P6', 'name': 'Профориентация обучающихся с ОВЗ', 'indicators': [
        ind('P6_1', 'Доля обучающихся с ОВЗ, охваченных профориентационными мероприятиями', 'share(OVZ_COVERED, STUD_OVZ)', plan=90, assumptionNote=A_FORM),
    ]},
    {'code': 'P7', 'name': 'Взаимодействие образовательных организаций с учреждениями/предприятиями', 'indicators': [
        ind('P7_1', 'Число договоров о взаимодействии с предприятиями по вопросу профориентационной работы', 'sum(CONTRACTS)', unit='шт.'),
        ind('P7_2', 'Число соглашений о взаимодействии с предприятиями по вопросу профориентационной работы', 'sum(AGREEMENTS)', unit='шт.'),
        ind('P7_3', 'Число договоров и соглашений о взаимодействии с предприятиями', 'sum(CONTRACTS + AGREEMENTS)', unit='шт.', not_below=True),
        ind('P7_4', 'Доля ОО, заключивших договоры или соглашения с предприятиями', 'orgshare(CONTRACTS + AGREEMENTS > 0)', plan=100, assumptionNote=A_FORM),
    ]},
    {'code': 'P8', 'name': 'Учёт обучающихся, участвующих в конкурсах профориентационной направленности и профессионального мастерства', 'indicators': [
        ind('P8_1', 'Число обучающихся — участников конкурсов профориентационной направленности', 'sum(CONTEST_PO)', unit='чел.', not_below=True),
        ind('P8_2', 'Число обучающихся — участников конкурсов профессионального мастерства', 'sum(CONTEST_PM)', unit='чел.', not_below=True,
            assumptionNote='Директор МКУ МЦПРО отметила, что такого учёта в показателях нет; показатель добавлен проектом по её рекомендации.'),
    ]},
]

YEAR = 'в течение следующего учебного года'
TEMPLATES = [
    {'problem': 'BELOW_TARGET', 'indicator': 'P1_1', 'addressee': 'ALL_SCHOOLS',
     'action': 'Образовательным организациям: организовать диагностику профессиональных предпочтений обучающихся 6–11 классов и учитывать её результаты в профориентационной работе (охват {value} {unit} при плане {target} {unit}).',
     'deadline': YEAR, 'responsible': 'руководители ОО'},
    {'problem': 'BELOW_TARGET', 'indicator': 'P2_2', 'addressee': 'MUNICIPAL_DEPARTMENTS',
     'action': 'Управлению образования Бессоновского района: рассмотреть на совещании руководителей ОО итоги мониторинга по показателю «{indicator}» ({value} {unit}).',
     'deadline': 'до начала следующего учебного года', 'responsible': 'главный специалист Управления образования'},
    {'problem': 'BELOW_TARGET', 'indicator': 'P3_1', 'addressee': 'ALL_SCHOOLS',
     'action': 'Образовательным организациям: вести учёт обучающихся, выбравших для сдачи государственной итоговой аттестации по образовательным программам среднего общего образования учебные предметы, изучавшиеся на углублённом уровне.',
     'deadline': YEAR, 'responsible': 'руководители ОО'},
    {'problem': 'BELOW_TARGET', 'indicator': 'P4_1', 'addressee': 'ALL_SCHOOLS',
     'action': 'Образовательным организациям: вести учёт обучающихся, поступивших в профессиональные образовательные организации и образовательные организации высшего образования по профилю обучения.',
     'deadline': YEAR, 'responsible': 'руководители ОО'},
    {'problem': 'FELL_AGAINST_PREVIOUS', 'indicator': 'P5_1', 'addressee': 'INSTITUTE',
     'action': 'МКУ МЦПРО: проанализировать причины снижения числа участников уроков «Проектория», направленных на раннюю профориентацию обучающихся ({value} {unit}, в прошлом году {target} {unit}).',
     'deadline': 'до начала следующего учебного года', 'responsible': 'ответственный за профориентационную работу МКУ МЦПРО'},
    {'problem': 'BELOW_TARGET', 'indicator': 'P5_3', 'addressee': 'NAMED_ORGANISATION',
     'action': '{organisation}: усилить раннюю профориентацию обучающихся 1–4 классов, в том числе через уроки «Проектория» (охват {value} {unit}).',
     'deadline': YEAR, 'responsible': 'руководитель ОО'},
    {'problem': 'BELOW_TARGET', 'indicator': 'P6_1', 'addressee': 'ALL_SCHOOLS',
     'action': 'Образовательным организациям: обеспечить проведение профориентации обучающихся с ОВЗ (охват {value} {unit} при плане {target} {unit}).',
     'deadline': YEAR, 'responsible': 'руководители ОО'},
    {'problem': 'ZERO_COVERAGE', 'indicator': 'P7_3', 'addressee': 'NAMED_ORGANISATION',
     'action': '{organisation}: заключить договор или соглашение о взаимодействии с учреждениями/предприятиями по вопросу профориентационной работы.',
     'deadline': YEAR, 'responsible': 'руководитель ОО'},
    {'problem': 'BELOW_TARGET', 'indicator': 'P8_2', 'addressee': 'INSTITUTE',
     'action': 'МКУ МЦПРО: организовать учёт обучающихся, участвующих в конкурсах профессионального мастерства и конкурсах профориентационной направленности; провести актуализацию показателей мониторинга в соответствии с Концепцией МСОКО Бессоновского района.',
     'deadline': 'до начала следующего учебного года', 'responsible': 'ответственный за профориентационную работу МКУ МЦПРО'},
    {'problem': 'NOT_REPORTED', 'addressee': 'NAMED_ORGANISATION',
     'action': '{organisation}: представить в МКУ МЦПРО данные мониторинга системы работы по самоопределению и профессиональной ориентации обучающихся по показателю «{indicator}».',
     'deadline': 'в течение 5 рабочих дней', 'responsible': 'руководитель ОО'},
    {'problem': 'NOT_REPORTED', 'addressee': 'MUNICIPAL_DEPARTMENTS',
     'action': 'Управлению образования Бессоновского района: обеспечить представление {organisation} данных мониторинга.',
     'deadline': 'в течение 5 рабочих дней', 'responsible': 'главный специалист Управления образования'},
]

INDICATOR_SET = {'id': 'penza-bessonovka-2021', 'regionCode': 'PNZ', 'version': '2021',
                 'title': 'Мониторинг системы работы по самоопределению и профессиональной ориентации обучающихся общеобразовательных организаций Бессоновского района',
                 'regulation': ORDER_97, 'criteria': CRITERIA, 'elements': ELEMENTS, 'templates': TEMPLATES}

# ---------------------------------------------------------------------------- demo data
TOTALS = {'PRK': 4201, 'PO_EVENTS': 2537}            # seed 001: 4201; "более 2500" (2537 is ours)
CONTRACTS = [2, 1, 1, 2, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0]  # Σ 8 (seed 001)
AGREEMENTS = [0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0]  # Σ 2 (seed 001)


def _campaigns():
    rng = random.Random(RNG_SEED)
    rows = []
    for i, (name, kind, (lo, hi)) in enumerate(SCHOOLS):
        senior = kind == 'SECONDARY_SCHOOL'
        g = [0] + [rng.randint(lo, hi) for _ in range(11)]
        if not senior:
            g[10] = g[11] = 0
        else:
            g[10], g[11] = round(g[9] * rng.uniform(0.4, 0.6)), round(g[9] * rng.uniform(0.4, 0.6))
        r = {'STUD_1_11': sum(g[1:]), 'STUD_1_4': sum(g[1:5]), 'STUD_6_11': sum(g[6:])}
        r['STUD_OVZ'] = round(r['STUD_1_11'] * rng.uniform(0.02, 0.06))
        r['DIAG'] = part(rng, r['STUD_6_11'], rng.uniform(0.5, 0.9))
        r['PO_EVENTS'] = part(rng, r['STUD_1_11'], 0.48)
        r['INDIV_CONS'] = part(rng, r['STUD_6_11'], rng.uniform(0.1, 0.4))
        r['GRAD_11'] = round(g[11] * rng.uniform(0.9, 1.0)) if senior else 0
        r['GIA_ADV'] = part(rng, r['GRAD_11'], rng.uniform(0.2, 0.6))
        r['G11_VUZ'] = round(r['GRAD_11'] * rng.uniform(0.4, 0.7))
        r['G11_VUZ_PROF'] = part(rng, r['G11_VUZ'], 0.6, 0.2)
        r['G11_SPO'] = min(r['GRAD_11'] - r['G11_VUZ'], round(r['GRAD_11'] * rng.uniform(0.15, 0.35)))
        r['G11_SPO_PROF'] = part(rng, r['G11_SPO'], 0.55, 0.2)
        r['GRAD_9'] = round(g[9] * rng.uniform(0.9, 1.0))
        r['G9_SPO'] = round(r['GRAD_9'] * (rng.uniform(0.35, 0.55) if senior else rng.uniform(0.6, 0.9)))
        r['G9_SPO_PROF'] = part(rng, r['G9_SPO'], 0.5, 0.2)
        r['PRK'] = part(rng, r['STUD_1_11'], 0.8)
        r['EARLY_1_4'] = part(rng, r['STUD_1_4'], rng.uniform(0.5, 0.95))
        r['OVZ_COVERED'] = part(rng, r['STUD_OVZ'], rng.uniform(0.6, 1.0), 0.1)
        r['CONTRACTS'], r['AGREEMENTS'] = CONTRACTS[i], AGREEMENTS[i]
        r['CONTEST_PO'] = part(rng, r['STUD_6_11'], rng.uniform(0.05, 0.2), 0.03)
        r['CONTEST_PM'] = part(rng, r['STUD_6_11'], rng.uniform(0.0, 0.05), 0.02)
        rows.append(r)
    for code, total in TOTALS.items():
        adjust_total(rows, code, 'STUD_1_11', total)
    data = {'PNZ-BES-%02d' % (i + 1): r for i, r in enumerate(rows)}
    return [{'id': CUR, 'file': 'data/demo/campaign-2020-21.xmi', 'values': 'data/demo/values-2020-21.csv',
             'title': 'Мониторинг системы работы образовательных учреждений по самоопределению и профессиональной ориентации обучающихся Бессоновского района, 2020/21 учебный год',
             'academicYear': '2020/21', 'schedule': 'итоги рассмотрены рабочей группой 13.07.2021', 'status': 'CLOSED',
             'data': data}]


CAMPAIGNS = _campaigns()


def _g(indicator, seed, unit='PNZ-BES', source='seed 001', **kw):
    d = {'indicator': indicator, 'unit': unit, 'campaign': CUR, 'seed': seed, 'source': source}
    d.update(kw)
    return d


GOLDEN = [
    _g('P5_1', '4201 учащихся', num=4201, value=4201.0),
    _g('P7_1', '8 договоров', num=8, value=8.0),
    _g('P7_2', '2 соглашения', num=2, value=2.0),
    _g('P7_3', '8 договоров и 2 соглашения', num=10, value=10.0),
    _g('P2_1', 'более 2500 обучающихся', min=2500.0, source='seed 001 (demo value 2537)'),
    _g('P7_4', '—', source='synthetic (regression)', plan='100 (assumption)', reached='no'),
    _g('P5_2', '—', source='synthetic (regression)', plan='70 (assumption)'),
]
GOLDEN_INTRO = '''# Golden figures: Penza oblast, Бессоновский район

Generated by `releng/demo-data/generate.py`, which asserts every row against
`data/demo/values-2020-21.csv`. Seed 001 gives three totals and no plans; all plans are the
project's assumption. "More than 2500" is held by a demo value of 2537: a test should assert
`> 2500`, not the number.'''
GOLDEN_NOTES = [
    'Notes',
    '- The seed does not name the region: Бессоновский район is in Penza oblast (the only district of that name).',
    '- The seed dates the working-group protocol 13.07.2021 and cites an order of 22.07.2021 (№ 102.2/01-09) — a date after the protocol\'s own.',
    '- The seed heads the document «Поротокол» (typo for «Протокол»).',
]
