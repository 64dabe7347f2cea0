// Intl.DateTimeFormat (en-US, UTC and fixed-offset zones): styles, component options, hour cycles,
// fractional seconds, zone names, formatToParts, resolvedOptions.
const d = new Date(Date.UTC(2024, 0, 5, 14, 3, 9, 45));
const f = (o, x = d) => { try { console.log(JSON.stringify(o), "=>", JSON.stringify(new Intl.DateTimeFormat("en-US", {timeZone: "UTC", ...o}).format(x))) } catch (e) { console.log(JSON.stringify(o), e.name, e.message) } };
f({}); f({dateStyle:"full"}); f({dateStyle:"long"}); f({dateStyle:"medium"}); f({dateStyle:"short"});
f({timeStyle:"full"}); f({timeStyle:"long"}); f({timeStyle:"medium"}); f({timeStyle:"short"});
f({dateStyle:"full", timeStyle:"short"}); f({dateStyle:"long", timeStyle:"long"}); f({dateStyle:"medium", timeStyle:"medium"}); f({dateStyle:"short", timeStyle:"short"});
f({timeStyle:"short", hourCycle: "h23"}); f({timeStyle:"medium", hour12: false});
f({year:"numeric", month:"long", day:"numeric"}); f({month:"short", day:"numeric"}); f({weekday:"long"}); f({weekday:"short", month:"long", day:"2-digit", year:"2-digit"});
f({hour:"numeric"}); f({hour:"numeric", minute:"2-digit"}); f({hour:"2-digit", minute:"2-digit", hour12:false}); f({hour:"numeric", hourCycle:"h23"});
f({hour:"2-digit"}); f({hour:"numeric", hourCycle:"h11"}, new Date(Date.UTC(2024,0,1,12))); f({hour:"numeric", hourCycle:"h24"}, new Date(Date.UTC(2024,0,1,0)));
f({hour:"numeric", minute:"numeric", second:"numeric", fractionalSecondDigits: 2}); f({minute:"2-digit", second:"2-digit"}); f({second: "numeric"}); f({minute: "numeric"});
f({month:"long", day:"numeric", hour:"numeric", minute:"numeric"}); f({year:"numeric", month:"numeric", day:"numeric", hour:"numeric", minute:"numeric", second:"numeric"});
f({month:"narrow"}); f({year:"numeric", month:"long"}); f({year:"numeric"}); f({year: "2-digit"}); f({month: "2-digit", day: "2-digit"}); f({month: "short"}); f({day: "numeric"});
f({era:"short"}); f({era:"long", year:"numeric"}); f({weekday: "narrow", day: "numeric"}); f({weekday:"long", year:"numeric", month:"long", day:"numeric"}); f({weekday: "short", hour: "numeric"});
f({timeZoneName:"short"}); f({timeZoneName:"long", hour: "numeric"}); f({timeZoneName:"short", hour:"numeric", minute: "numeric"});
f({timeZone:"Etc/GMT+5", hour:"numeric", timeZoneName:"short"}); f({timeZone:"Etc/GMT-14", dateStyle:"medium", timeStyle:"long"}); f({timeZone:"utc"}); f({timeZone:"Mars/Olympus"});
f({timeZone:"Etc/GMT-5", timeZoneName: "long", hour: "numeric"}); f({timeZoneName: "shortOffset", hour: "numeric"}); f({timeZoneName: "longOffset", hour: "numeric", timeZone: "Etc/GMT+3"});
f({dateStyle:"full", weekday:"long"}); f({dateStyle:"bogus"}); f({hour: "numeric", dayPeriod: "short"}); f({dayPeriod:"long"}, new Date(Date.UTC(2024,0,1,22)));
f({}, new Date(Date.UTC(-50, 0, 1))); f({year: "numeric", era: "short"}, new Date(Date.UTC(-50, 0, 1))); f({fractionalSecondDigits: 3}); f({fractionalSecondDigits: 4});
f({hour: "numeric", minute: "numeric"}, new Date(Date.UTC(2024, 0, 1, 0, 5))); f({timeStyle: "short"}, new Date(Date.UTC(2024, 0, 1, 12, 0)));
f({}, NaN); f({}, 0); f({}, 8.64e15);
console.log(new Intl.DateTimeFormat("en-US", {timeZone: "UTC", dateStyle: "medium", timeStyle: "short"}).formatToParts(d));
console.log(new Intl.DateTimeFormat("en-US", {timeZone: "UTC", hour: "numeric", minute: "numeric", second: "numeric", fractionalSecondDigits: 1, timeZoneName: "short"}).formatToParts(d));
console.log(new Intl.DateTimeFormat("en-US", {timeZone: "UTC"}).resolvedOptions(), new Intl.DateTimeFormat("en", {hour:"numeric", minute: "numeric", timeZone:"UTC"}).resolvedOptions());
console.log(new Intl.DateTimeFormat("en", {dateStyle: "short", timeStyle: "short", timeZone: "Etc/GMT+5"}).resolvedOptions());
const dtf = new Intl.DateTimeFormat("en-US", {timeZone: "UTC"});
console.log(dtf.format === dtf.format, dtf.format.length, [0, 86400000].map(dtf.format).join(" "), Object.prototype.toString.call(dtf), Intl.DateTimeFormat.length);
for (const dayPeriod of ["narrow", "short", "long"]) {
  const withHour = new Intl.DateTimeFormat("en-US", {timeZone: "UTC", hour: "numeric", dayPeriod});
  const withMinute = new Intl.DateTimeFormat("en-US", {timeZone: "UTC", hour: "numeric", minute: "2-digit", dayPeriod});
  const alone = new Intl.DateTimeFormat("en-US", {timeZone: "UTC", dayPeriod});
  console.log(dayPeriod, [0, 3, 6, 11, 12, 13, 18, 21, 23].map((h) => withHour.format(Date.UTC(2020, 0, 1, h, 30))).join(" | "),
    "/", withMinute.format(Date.UTC(2020, 0, 1, 12, 30)), "/", alone.format(Date.UTC(2020, 0, 1, 9)));
}
