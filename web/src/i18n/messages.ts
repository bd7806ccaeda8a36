// Every text the UI shows, by key. Each language file must provide exactly
// these keys: a missing or misspelt key is a compile error.
//
// Placeholders are written {name} and filled by t(). Keys ending in .one and
// .other are plural forms, picked by tPlural() (Indonesian uses .other only in
// practice, but both keys exist so the type stays the same for every language).
export interface Messages {
  'app.name': string;
  'layout.skipLink': string;
  'layout.languageLabel': string;
  'layout.regionLabel': string;
  'page.titleSuffix': string;

  'status.title': string;
  'status.intro': string;
  'status.loading': string;
  'status.summaryLabel': string;
  'status.version': string;
  'status.health': string;
  'status.health.ok': string;
  'status.health.degraded': string;
  'status.dbBackend': string;
  'status.dbReady': string;
  'status.dbReady.yes': string;
  'status.dbReady.no': string;
  'status.schemaVersion': string;
  'status.uptime': string;

  'uptime.lessThanMinute': string;
  'uptime.days.one': string;
  'uptime.days.other': string;
  'uptime.hours.one': string;
  'uptime.hours.other': string;
  'uptime.minutes.one': string;
  'uptime.minutes.other': string;
  'uptime.pair': string;

  'regions.title': string;
  'regions.name': string;
  'regions.kind': string;
  'regions.timeZone': string;
  'regions.empty': string;
  'regions.more': string;
  'regionKind.kota': string;
  'regionKind.kabupaten': string;
  'regionKind.provinsi': string;

  'error.title': string;
  'error.network': string;
  'error.timeout': string;
  'error.unreadable': string;
  'error.httpStatus': string;
  'error.requestId': string;
  'error.retry': string;

  'notFound.title': string;
  'notFound.body': string;
  'notFound.home': string;
}

export type MessageKey = keyof Messages;

// 'uptime.days' for the pair 'uptime.days.one' / 'uptime.days.other'.
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one`
    ? `${Base}.other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];
