// The fixture corpus of the browser tests: a few documents in the four languages, over several
// years, one with <script> in its title and text, and enough filler to need a second page.

const doc = ({ id, title, date, lang, kind, source, areas = '', measures = '', origin = '', extra = [], body }) =>
  [
    '---',
    `id: ${id}`,
    `title: ${title}`,
    `date: ${date}`,
    `lang: ${lang}`,
    `source: ${source}`,
    `kind: ${kind}`,
    `url: https://example.org/${id}`,
    `areas: ${areas}`,
    `measures: ${measures}`,
    ...(origin ? [`origin: ${origin}`] : []),
    ...extra,
    '---',
    body,
    '',
  ].join('\n');

export const SCRIPT_TITLE = "<script>window.__xss = 1</script> Ceasefire <b>notes</b>";

export function fixtureFiles() {
  const files = {
    'en/brussels.md': doc({
      id: 'en-brussels', title: 'Leaders meet in Brussels', date: '2021-12-14', lang: 'en', kind: 'statement',
      source: 'European Council', areas: 'diplomacy, economy', measures: 'M01',
      body: [
        'The leaders of Armenia and Azerbaijan met in Brussels on the eve of the Eastern Partnership Summit.',
        'They agreed on demining, the release of captives and the restoration of rail links.',
        'Border delimitation and demarcation will start with technical help from the European Union.',
        'A direct line between the defence ministers will help to keep the ceasefire.',
      ].join('\n\n'),
    }),
    'en/youth.md': doc({
      id: 'en-youth', title: 'A summer school for young people', date: '2022-04-01', lang: 'en', kind: 'report',
      source: 'Liaison Group', areas: 'education', origin: 'written for this corpus from public facts',
      body: 'A South Caucasus Youth Summer School in Georgia would bring students from both countries together.\n\n'
        + 'Scholarships from a joint education fund would follow.',
    }),
    'ru/demining.md': doc({
      id: 'ru-demining', title: 'Разминирование и железная дорога', date: '2021-01-11', lang: 'ru', kind: 'article',
      source: 'Liaison Group', areas: 'economy',
      body: 'Стороны обсудили разминирование и восстановление железной дороги.\n\n'
        + 'Разминирование территорий займёт годы.',
    }),
    'hy/statement.md': doc({
      id: 'hy-statement', title: 'Հայտարարություն հրադադարի մասին', date: '2020-11-10', lang: 'hy', kind: 'statement',
      source: 'Liaison Group', areas: 'communities',
      body: 'Հրադադարի մասին հայտարարությունը ստորագրվեց։\n\nԱկանազերծումը կշարունակվի։',
    }),
    'az/statement.md': doc({
      id: 'az-statement', title: 'Minatəmizləmə haqqında bəyanat', date: '2023-06-15', lang: 'az', kind: 'statement',
      source: 'Liaison Group', areas: 'public-space',
      body: 'Minatəmizləmə işləri Qarabağ bölgəsində davam edir.\n\nAtəşkəs rejimi qorunur.',
    }),
    'en/script.md': doc({
      id: 'en-script', title: SCRIPT_TITLE, date: '2024-02-02', lang: 'en', kind: 'other',
      source: '<img src=x onerror="window.__xss=2">', areas: 'diplomacy',
      body: 'The ceasefire text quoted <script>window.__xss = 3</script> as an example of markup.\n\n'
        + 'Nothing here should run: <img src=x onerror="window.__xss=4">.',
    }),
  };
  // Two versions of one text (aligned passage by passage) and a transcript with speaker turns:
  // the side-by-side and who-said-what views. Their words appear in no other document.
  files['en/corridor.md'] = doc({
    id: 'en-corridor', title: 'The corridor statement', date: '2020-11-12', lang: 'en', kind: 'statement',
    source: 'Liaison Group', extra: ['translations: corridor-2020'],
    body: 'The corridor stays open for civilian traffic.\n\nGuards watch the corridor road day and night.\n\n'
      + 'Cargo moves in both directions.',
  });
  files['ru/corridor.md'] = doc({
    id: 'ru-corridor', title: 'Заявление о коридоре', date: '2020-11-12', lang: 'ru', kind: 'statement',
    source: 'Liaison Group', extra: ['translations: corridor-2020', 'translation_of: en-corridor'],
    body: 'Коридор остаётся открытым для гражданского движения.\n\nОхрана следит за дорогой коридора днём и ночью.\n\n'
      + 'Грузы движутся в обоих направлениях.',
  });
  files['en/interview.md'] = doc({
    id: 'en-interview', title: 'Voices from the corridor road', date: '2023-03-03', lang: 'en', kind: 'transcript',
    source: 'Liaison Group',
    body: 'HOST: What happens on the corridor road in the morning?\n\n'
      + 'DRIVER: Trucks pass the corridor checkpoint every morning.\n\nHOST: Thank you.',
  });
  // Filler: a dozen short notes on the ceasefire, one a month, so that "ceasefire" has two pages.
  for (let i = 1; i <= 12; i += 1) {
    const month = String(i).padStart(2, '0');
    files[`en/notes-${month}.md`] = doc({
      id: `en-notes-2022-${month}`, title: `Monitoring notes ${i}`, date: `2022-${month}-05`, lang: 'en',
      kind: 'report', source: 'Monitoring desk', areas: 'diplomacy',
      body: `Observers reported that the ceasefire held during month ${i}.`,
    });
  }
  return files;
}
