// Intl.PluralRules, Collator, ListFormat, RelativeTimeFormat, getCanonicalLocales, and the
// toLocaleString / toLocaleDateString / localeCompare methods built on Intl.
const pr = new Intl.PluralRules("en-US"); console.log([0,1,2,1.0,1.5,"1.0",-1, NaN, Infinity].map(n=>pr.select(n)).join(), JSON.stringify(pr.resolvedOptions()));
const po = new Intl.PluralRules("en-US", {type:"ordinal"}); console.log([0,1,2,3,4,11,12,13,21,22,23,101,111,112,1.5].map(n=>po.select(n)).join(), JSON.stringify(po.resolvedOptions()));
console.log(new Intl.PluralRules("en", {minimumFractionDigits: 1}).select(1), new Intl.PluralRules("en", {maximumFractionDigits: 0}).select(1.4), pr.selectRange(1, 2), pr.selectRange(0, 1));
try { Intl.PluralRules() } catch (e) { console.log(e.name, e.message) }
try { pr.selectRange(NaN, 1) } catch (e) { console.log(e.name) }
const words = ['b','a','A','résumé','resume','Resume','ä','z','10','9','a b','a-b','ab','_x','Zebra','zebra','éclair','eclair','1','!','', 'Ω', 'ω', 'co-op', 'coop', 'item 2', 'item 10', 'item 1'];
console.log(words.slice().sort(new Intl.Collator().compare).join("|"));
console.log(words.slice().sort(new Intl.Collator("en", {numeric: true}).compare).join("|"));
console.log(words.slice().sort(new Intl.Collator("en", {caseFirst: "upper"}).compare).join("|"));
for (const s of ["base", "accent", "case", "variant"]) {
  const c = new Intl.Collator("en", {sensitivity: s});
  console.log(s, c.compare("a", "á"), c.compare("a", "A"), c.compare("a", "b"), c.compare("résumé", "Resume"), c.compare("e\u0301", "\u00e9"));
}
console.log(new Intl.Collator("en", {ignorePunctuation: true}).compare("co-op", "coop"), JSON.stringify(new Intl.Collator().resolvedOptions()), JSON.stringify(new Intl.Collator("en", {numeric: true, caseFirst: "upper", sensitivity: "base", usage: "search"}).resolvedOptions()));
console.log("a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"), "a".localeCompare("A"), "ä".localeCompare("a", "en", {sensitivity: "base"}), "10".localeCompare("9", undefined, {numeric: true}), "".localeCompare());
const c = new Intl.Collator(); console.log(c.compare === c.compare, c.compare.length, Intl.Collator().compare("x", "y"));
for (const type of ["conjunction", "disjunction", "unit"]) for (const style of ["long", "short", "narrow"]) {
  const lf = new Intl.ListFormat("en", {type, style});
  console.log(type, style, [[], ["a"], ["a", "b"], ["a", "b", "c"], ["a", "b", "c", "d"]].map(l => JSON.stringify(lf.format(l))).join(" "));
}
console.log(new Intl.ListFormat().formatToParts(["x", "y", "z"]), JSON.stringify(new Intl.ListFormat("en-US", {type: "unit"}).resolvedOptions()));
try { new Intl.ListFormat().format(["a", 5]) } catch (e) { console.log(e.name, e.message) }
try { new Intl.ListFormat("en", {type: "bogus"}) } catch (e) { console.log(e.name, e.message) }
console.log(new Intl.ListFormat().format(new Set(["p", "q"])), new Intl.ListFormat().format());
for (const numeric of ["always", "auto"]) for (const style of ["long", "short", "narrow"]) {
  const rtf = new Intl.RelativeTimeFormat("en", {numeric, style});
  console.log(numeric, style, [[-1, "day"], [0, "day"], [1, "day"], [2, "days"], [-3, "hours"], [1, "week"], [-1, "month"], [0, "year"], [1.5, "minutes"], [-0, "second"], [0, "seconds"], [1000, "quarter"], [-2, "years"], [1, "quarter"]].map(([v, u]) => rtf.format(v, u)).join(" | "));
}
const rtf = new Intl.RelativeTimeFormat();
console.log(rtf.formatToParts(-1234.5, "day"), rtf.formatToParts(1, "day"), new Intl.RelativeTimeFormat("en", {numeric: "auto"}).formatToParts(-1, "day"));
for (const [v, u] of [[1, "fortnight"], [NaN, "day"], [Infinity, "day"], [1, "days "]]) { try { rtf.format(v, u) } catch (e) { console.log(e.name, e.message) } }
console.log(JSON.stringify(rtf.resolvedOptions()), Object.prototype.toString.call(rtf), Object.prototype.toString.call(Intl), typeof Intl, Intl.getCanonicalLocales(["EN-us", "en-US", "zh-hant-tw"]));
try { Intl.getCanonicalLocales("not_valid") } catch (e) { console.log(e.name, e.message) }
console.log(Object.getOwnPropertyNames(Intl).filter(n => ["NumberFormat","DateTimeFormat","PluralRules","Collator","ListFormat","RelativeTimeFormat","getCanonicalLocales"].includes(n)).sort().join());
console.log([1234.5, new Date(Date.UTC(2020, 1, 3)), 5n, "s", null].toLocaleString("en-US", {timeZone: "UTC", maximumFractionDigits: 0}));
const d = new Date(Date.UTC(2024, 6, 4, 18, 30));
console.log(d.toLocaleString("en-US", {timeZone: "UTC"}), "|", d.toLocaleDateString("en-US", {timeZone: "UTC"}), "|", d.toLocaleTimeString("en-US", {timeZone: "UTC"}), "|", d.toLocaleDateString(undefined, {timeZone: "UTC", month: "long"}), "|", d.toLocaleTimeString("en", {timeZone: "UTC", hour: "2-digit"}), "|", new Date(NaN).toLocaleDateString());
try { d.toLocaleDateString("en", {timeStyle: "short"}) } catch (e) { console.log(e.name) }
try { d.toLocaleTimeString("en", {dateStyle: "short"}) } catch (e) { console.log(e.name) }
console.log((-0).toLocaleString(), (1e21).toLocaleString(), (0.1 + 0.2).toLocaleString(), (1234.5).toLocaleString("en", {style: "currency", currency: "USD"}), (2.5).toLocaleString(undefined, {maximumFractionDigits: 0}), (-2.5).toLocaleString(undefined, {maximumFractionDigits: 0}), (1.45).toLocaleString(undefined, {maximumFractionDigits: 1}));
console.log(Intl.supportedValuesOf("unit").join(), Intl.supportedValuesOf("timeZone").includes("America/New_York"));
try { Intl.supportedValuesOf("bogus") } catch (e) { console.log(e.name) }
for (const tag of ["de-gregory-gregory", "ıd", "en-u-ca", "sl-rozaj-biske-1994", "x-foo", "de-1996-1996", "en-US-x-a-a"]) {
  try { console.log(tag, "->", Intl.getCanonicalLocales(tag)[0]) } catch (e) { console.log(tag, e.name) }
}
// Unicode extension keywords the data has are honoured (kn, kf, hc, nu-latn, ca-gregory)
for (const [C, tag, opts] of [[Intl.Collator, "en-u-kn", {}], [Intl.Collator, "en-US-u-kf-upper-kn-true", {}], [Intl.Collator, "en-u-co-phonebk", {}],
  [Intl.DateTimeFormat, "en-u-hc-h23", {hour: "numeric", timeZone: "UTC"}], [Intl.NumberFormat, "en-u-nu-latn", {}],
  [Intl.DateTimeFormat, "en", {calendar: "gregory", timeZone: "UTC"}], [Intl.DateTimeFormat, "en", {hourCycle: "h11", hour: "numeric", timeZone: "UTC"}]]) {
  const o = new C(tag, opts);
  const r = o.resolvedOptions();
  console.log(tag, JSON.stringify(opts), r.locale, r.numeric, r.caseFirst, r.hourCycle, r.calendar, r.numberingSystem,
    C === Intl.Collator ? ["a10", "a9", "A9"].sort(o.compare).join() : o.format(C === Intl.NumberFormat ? 12345 : 0));
}
try { new Intl.NumberFormat("en", {numberingSystem: "a"}) } catch (e) { console.log(e.name) }
