// Interface labels in the four languages. Document text is never translated, only the chrome.

export const UI_LANGUAGES = ['en', 'hy', 'az', 'ru'];

/** Russian plural category of n: 'one' (1, 21), 'few' (2–4, 22–24) or 'many'. */
function russianPlural(n) {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return 'one';
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 'few';
  return 'many';
}

const number = (lang, n) => new Intl.NumberFormat(lang).format(n);

const LABELS = {
  en: {
    tagline: 'Search the Armenia–Azerbaijan peace process record',
    uiLanguage: 'Interface language',
    skipToResults: 'Skip to results',
    searchLabel: 'Search documents',
    searchPlaceholder: 'e.g. demining, Lachin, "peace treaty"',
    searchButton: 'Search',
    filters: 'Filters',
    clearFilters: 'Clear filters',
    sort: 'Sort',
    relevance: 'Relevance',
    newest: 'Newest first',
    oldest: 'Oldest first',
    passagesMode: 'Show passages',
    dateRange: 'Date range',
    from: 'From',
    to: 'To',
    area: 'Area',
    lang: 'Language',
    kind: 'Kind',
    year: 'Year',
    source: 'Source',
    measure: 'Measure',
    timeline: 'Mentions over time',
    splitByLanguage: 'Split by language',
    documents: (n) => `${number('en', n)} ${n === 1 ? 'document' : 'documents'}`,
    passages: (n) => `${number('en', n)} ${n === 1 ? 'passage' : 'passages'}`,
    found: (what, ms) => `${what} found in ${ms} ms`,
    noResults: 'Nothing found. Try fewer words or remove a filter.',
    didYouMean: 'Did you mean',
    alsoSearched: 'Also searched as',
    onlyAsTyped: 'Search only as typed',
    searching: 'Searching…',
    failed: 'The search failed',
    previous: 'Previous',
    next: 'Next',
    pageOf: (p, n) => `Page ${p} of ${n}`,
    backToResults: 'Back to results',
    paragraph: 'Paragraph',
    linkToParagraph: (n) => `Link to paragraph ${n}`,
    original: 'Original source',
    documentNotFound: 'Document not found',
    removeFilter: (v) => `Remove filter ${v}`,
    filterBy: (v) => `Filter by ${v}`,
    yearBar: (y, n) => `${y}: ${number('en', n)}`,
    stats: (d, p) => `${number('en', d)} documents · ${number('en', p)} passages`,
    indexed: (t) => `indexed ${t}`,
    kinds: { statement: 'Statement', report: 'Report', agreement: 'Agreement', article: 'Article', transcript: 'Transcript', other: 'Other' },
    languages: { en: 'English', hy: 'Armenian', az: 'Azerbaijani', ru: 'Russian' },
  },
  hy: {
    tagline: 'Որոնում Հայաստանի և Ադրբեջանի խաղաղության գործընթացի փաստաթղթերում',
    uiLanguage: 'Ինտերֆեյսի լեզու',
    skipToResults: 'Անցնել արդյունքներին',
    searchLabel: 'Որոնել փաստաթղթերում',
    searchPlaceholder: 'օր.՝ ականազերծում, Լաչին, «խաղաղության պայմանագիր»',
    searchButton: 'Որոնել',
    filters: 'Զտիչներ',
    clearFilters: 'Մաքրել զտիչները',
    sort: 'Դասավորել',
    relevance: 'Ըստ համապատասխանության',
    newest: 'Նախ՝ նորերը',
    oldest: 'Նախ՝ հները',
    passagesMode: 'Ցույց տալ հատվածները',
    dateRange: 'Ժամանակահատված',
    from: 'Սկսած',
    to: 'Մինչև',
    area: 'Ոլորտ',
    lang: 'Լեզու',
    kind: 'Տեսակ',
    year: 'Տարի',
    source: 'Աղբյուր',
    measure: 'Միջոցառում',
    timeline: 'Հիշատակումներն ըստ տարիների',
    splitByLanguage: 'Ըստ լեզուների',
    documents: (n) => `${number('hy', n)} փաստաթուղթ`,
    passages: (n) => `${number('hy', n)} հատված`,
    found: (what, ms) => `Գտնվել է ${what} (${ms} մվ)`,
    noResults: 'Ոչինչ չի գտնվել։ Փորձեք ավելի քիչ բառեր կամ հանեք զտիչը։',
    didYouMean: 'Գուցե նկատի ունեիք',
    alsoSearched: 'Որոնվել է նաև՝',
    onlyAsTyped: 'Որոնել միայն գրվածը',
    searching: 'Որոնում…',
    failed: 'Որոնումը ձախողվեց',
    previous: 'Նախորդ',
    next: 'Հաջորդ',
    pageOf: (p, n) => `Էջ ${p} / ${n}`,
    backToResults: 'Վերադառնալ արդյունքներին',
    paragraph: 'Պարբերություն',
    linkToParagraph: (n) => `Հղում ${n}-րդ պարբերությանը`,
    original: 'Սկզբնաղբյուր',
    documentNotFound: 'Փաստաթուղթը չի գտնվել',
    removeFilter: (v) => `Հանել զտիչը՝ ${v}`,
    filterBy: (v) => `Զտել ըստ՝ ${v}`,
    yearBar: (y, n) => `${y}՝ ${number('hy', n)}`,
    stats: (d, p) => `${number('hy', d)} փաստաթուղթ · ${number('hy', p)} հատված`,
    indexed: (t) => `ինդեքսավորված՝ ${t}`,
    kinds: { statement: 'Հայտարարություն', report: 'Զեկույց', agreement: 'Համաձայնագիր', article: 'Հոդված', transcript: 'Սղագրություն', other: 'Այլ' },
    languages: { en: 'Անգլերեն', hy: 'Հայերեն', az: 'Ադրբեջաներեն', ru: 'Ռուսերեն' },
  },
  az: {
    tagline: 'Ermənistan–Azərbaycan sülh prosesinin sənədlərində axtarış',
    uiLanguage: 'İnterfeys dili',
    skipToResults: 'Nəticələrə keç',
    searchLabel: 'Sənədlərdə axtar',
    searchPlaceholder: 'məs.: minatəmizləmə, Laçın, "sülh müqaviləsi"',
    searchButton: 'Axtar',
    filters: 'Filtrlər',
    clearFilters: 'Filtrləri təmizlə',
    sort: 'Sıralama',
    relevance: 'Uyğunluğa görə',
    newest: 'Əvvəlcə yenilər',
    oldest: 'Əvvəlcə köhnələr',
    passagesMode: 'Fraqmentləri göstər',
    dateRange: 'Tarix aralığı',
    from: 'Başlanğıc',
    to: 'Son',
    area: 'Sahə',
    lang: 'Dil',
    kind: 'Növ',
    year: 'İl',
    source: 'Mənbə',
    measure: 'Tədbir',
    timeline: 'İllər üzrə istinadlar',
    splitByLanguage: 'Dillərə görə',
    documents: (n) => `${number('az', n)} sənəd`,
    passages: (n) => `${number('az', n)} fraqment`,
    found: (what, ms) => `${what} tapıldı (${ms} ms)`,
    noResults: 'Heç nə tapılmadı. Daha az söz yazın və ya filtri götürün.',
    didYouMean: 'Bəlkə bunu nəzərdə tuturdunuz',
    alsoSearched: 'Həmçinin axtarıldı:',
    onlyAsTyped: 'Yalnız yazıldığı kimi axtar',
    searching: 'Axtarılır…',
    failed: 'Axtarış alınmadı',
    previous: 'Əvvəlki',
    next: 'Növbəti',
    pageOf: (p, n) => `Səhifə ${p} / ${n}`,
    backToResults: 'Nəticələrə qayıt',
    paragraph: 'Abzas',
    linkToParagraph: (n) => `Abzas ${n} üçün keçid`,
    original: 'İlkin mənbə',
    documentNotFound: 'Sənəd tapılmadı',
    removeFilter: (v) => `Filtri götür: ${v}`,
    filterBy: (v) => `Filtr: ${v}`,
    yearBar: (y, n) => `${y}: ${number('az', n)}`,
    stats: (d, p) => `${number('az', d)} sənəd · ${number('az', p)} fraqment`,
    indexed: (t) => `indeksləndi: ${t}`,
    kinds: { statement: 'Bəyanat', report: 'Hesabat', agreement: 'Saziş', article: 'Məqalə', transcript: 'Stenoqram', other: 'Digər' },
    languages: { en: 'İngilis dili', hy: 'Erməni dili', az: 'Azərbaycan dili', ru: 'Rus dili' },
  },
  ru: {
    tagline: 'Поиск по документам мирного процесса между Арменией и Азербайджаном',
    uiLanguage: 'Язык интерфейса',
    skipToResults: 'Перейти к результатам',
    searchLabel: 'Поиск по документам',
    searchPlaceholder: 'например: разминирование, Лачин, «мирный договор»',
    searchButton: 'Найти',
    filters: 'Фильтры',
    clearFilters: 'Сбросить фильтры',
    sort: 'Сортировка',
    relevance: 'По релевантности',
    newest: 'Сначала новые',
    oldest: 'Сначала старые',
    passagesMode: 'Показывать фрагменты',
    dateRange: 'Период',
    from: 'С',
    to: 'По',
    area: 'Направление',
    lang: 'Язык',
    kind: 'Тип',
    year: 'Год',
    source: 'Источник',
    measure: 'Мера',
    timeline: 'Упоминания по годам',
    splitByLanguage: 'По языкам',
    documents: (n) => `${number('ru', n)} ${{ one: 'документ', few: 'документа', many: 'документов' }[russianPlural(n)]}`,
    passages: (n) => `${number('ru', n)} ${{ one: 'фрагмент', few: 'фрагмента', many: 'фрагментов' }[russianPlural(n)]}`,
    found: (what, ms) => `Найдено: ${what} за ${ms} мс`,
    noResults: 'Ничего не найдено. Попробуйте меньше слов или уберите фильтр.',
    didYouMean: 'Возможно, вы имели в виду',
    alsoSearched: 'Также искали:',
    onlyAsTyped: 'Искать только как написано',
    searching: 'Поиск…',
    failed: 'Ошибка поиска',
    previous: 'Назад',
    next: 'Далее',
    pageOf: (p, n) => `Страница ${p} из ${n}`,
    backToResults: 'К результатам',
    paragraph: 'Абзац',
    linkToParagraph: (n) => `Ссылка на абзац ${n}`,
    original: 'Первоисточник',
    documentNotFound: 'Документ не найден',
    removeFilter: (v) => `Убрать фильтр ${v}`,
    filterBy: (v) => `Фильтр: ${v}`,
    yearBar: (y, n) => `${y}: ${number('ru', n)}`,
    stats: (d, p) => `${number('ru', d)} док. · ${number('ru', p)} фрагм.`,
    indexed: (t) => `индекс от ${t}`,
    kinds: { statement: 'Заявление', report: 'Доклад', agreement: 'Соглашение', article: 'Статья', transcript: 'Стенограмма', other: 'Другое' },
    languages: { en: 'Английский', hy: 'Армянский', az: 'Азербайджанский', ru: 'Русский' },
  },
};

let current = 'en';

/** Picks the interface language; unknown codes fall back to English. */
export function setUiLanguage(lang) {
  current = UI_LANGUAGES.includes(lang) ? lang : 'en';
  return current;
}

export function uiLanguage() {
  return current;
}

/** The label `key` in the current language: a string, or the result of calling it with `args`. */
export function t(key, ...args) {
  const value = LABELS[current][key] ?? LABELS.en[key];
  return typeof value === 'function' ? value(...args) : value;
}

/** The display name of a facet value: kinds and languages are translated, others kept. */
export function valueLabel(facet, value, areas) {
  if (facet === 'kind') return t('kinds')[value] ?? value;
  if (facet === 'lang') return t('languages')[value] ?? value;
  if (facet === 'area') {
    const area = areas.get(value);
    return area?.names?.[current] ?? area?.names?.en ?? value;
  }
  return value;
}

/** Rewrites every [data-i18n] text and [data-i18n-placeholder] placeholder under `root`. */
export function translatePage(root = document) {
  document.documentElement.lang = current;
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-placeholder]')) {
    node.placeholder = t(node.dataset.i18nPlaceholder);
  }
}
