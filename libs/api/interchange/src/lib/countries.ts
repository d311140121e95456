/**
 * ISO 3166-1: every officially assigned alpha-2 code with its alpha-3 code, as pairs. HTCDS names
 * countries by alpha-2 (`prs_Citizenship`, `hte_Country`); CTDC's data sets and several partners'
 * systems use alpha-3, so a document may bring either and ИБД stores alpha-2.
 */
const PAIRS = `
AD AND AE ARE AF AFG AG ATG AI AIA AL ALB AM ARM AO AGO AQ ATA AR ARG AS ASM AT AUT AU AUS AW ABW
AX ALA AZ AZE BA BIH BB BRB BD BGD BE BEL BF BFA BG BGR BH BHR BI BDI BJ BEN BL BLM BM BMU BN BRN
BO BOL BQ BES BR BRA BS BHS BT BTN BV BVT BW BWA BY BLR BZ BLZ CA CAN CC CCK CD COD CF CAF CG COG
CH CHE CI CIV CK COK CL CHL CM CMR CN CHN CO COL CR CRI CU CUB CV CPV CW CUW CX CXR CY CYP CZ CZE
DE DEU DJ DJI DK DNK DM DMA DO DOM DZ DZA EC ECU EE EST EG EGY EH ESH ER ERI ES ESP ET ETH FI FIN
FJ FJI FK FLK FM FSM FO FRO FR FRA GA GAB GB GBR GD GRD GE GEO GF GUF GG GGY GH GHA GI GIB GL GRL
GM GMB GN GIN GP GLP GQ GNQ GR GRC GS SGS GT GTM GU GUM GW GNB GY GUY HK HKG HM HMD HN HND HR HRV
HT HTI HU HUN ID IDN IE IRL IL ISR IM IMN IN IND IO IOT IQ IRQ IR IRN IS ISL IT ITA JE JEY JM JAM
JO JOR JP JPN KE KEN KG KGZ KH KHM KI KIR KM COM KN KNA KP PRK KR KOR KW KWT KY CYM KZ KAZ LA LAO
LB LBN LC LCA LI LIE LK LKA LR LBR LS LSO LT LTU LU LUX LV LVA LY LBY MA MAR MC MCO MD MDA ME MNE
MF MAF MG MDG MH MHL MK MKD ML MLI MM MMR MN MNG MO MAC MP MNP MQ MTQ MR MRT MS MSR MT MLT MU MUS
MV MDV MW MWI MX MEX MY MYS MZ MOZ NA NAM NC NCL NE NER NF NFK NG NGA NI NIC NL NLD NO NOR NP NPL
NR NRU NU NIU NZ NZL OM OMN PA PAN PE PER PF PYF PG PNG PH PHL PK PAK PL POL PM SPM PN PCN PR PRI
PS PSE PT PRT PW PLW PY PRY QA QAT RE REU RO ROU RS SRB RU RUS RW RWA SA SAU SB SLB SC SYC SD SDN
SE SWE SG SGP SH SHN SI SVN SJ SJM SK SVK SL SLE SM SMR SN SEN SO SOM SR SUR SS SSD ST STP SV SLV
SX SXM SY SYR SZ SWZ TC TCA TD TCD TF ATF TG TGO TH THA TJ TJK TK TKL TL TLS TM TKM TN TUN TO TON
TR TUR TT TTO TV TUV TW TWN TZ TZA UA UKR UG UGA UM UMI US USA UY URY UZ UZB VA VAT VC VCT VE VEN
VG VGB VI VIR VN VNM VU VUT WF WLF WS WSM YE YEM YT MYT ZA ZAF ZM ZMB ZW ZWE`
  .trim()
  .split(/\s+/);

const ALPHA3_OF_ALPHA2 = new Map<string, string>();
const ALPHA2_OF_ALPHA3 = new Map<string, string>();
for (let i = 0; i < PAIRS.length; i += 2) {
  ALPHA3_OF_ALPHA2.set(PAIRS[i], PAIRS[i + 1]);
  ALPHA2_OF_ALPHA3.set(PAIRS[i + 1], PAIRS[i]);
}

/** Every alpha-2 code, in alphabetical order. */
export const COUNTRY_CODES: readonly string[] = [...ALPHA3_OF_ALPHA2.keys()];

/** `BG` → `BGR`; null for anything that is not an assigned alpha-2 code. */
export const alpha3Of = (alpha2: string): string | null => ALPHA3_OF_ALPHA2.get(alpha2) ?? null;

/** `BGR` → `BG`; null for anything that is not an assigned alpha-3 code. */
export const alpha2Of = (alpha3: string): string | null => ALPHA2_OF_ALPHA3.get(alpha3) ?? null;

/** A country code as ИБД stores it (alpha-2) from either form, any case; null when it is neither. */
export function toAlpha2(code: string): string | null {
  const upper = code.trim().toUpperCase();
  if (upper.length === 2) return ALPHA3_OF_ALPHA2.has(upper) ? upper : null;
  return upper.length === 3 ? alpha2Of(upper) : null;
}

/** The member states of the European Union (2020 on), alpha-2; Greece is `GR` (not Eurostat's `EL`). */
export const EU_MEMBER_STATES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
] as const;

export const CITIZENSHIP_REGIONS = ['BG', 'other_eu', 'non_eu', 'unknown'] as const;
export type CitizenshipRegion = (typeof CITIZENSHIP_REGIONS)[number];

const EU = new Set<string>(EU_MEMBER_STATES);

/** Bulgarian / another EU member state / outside the EU, as the reporting tables group citizenship. */
export function citizenshipRegion(alpha2: string | null): CitizenshipRegion {
  if (alpha2 === null) return 'unknown';
  if (alpha2 === 'BG') return 'BG';
  return EU.has(alpha2) ? 'other_eu' : 'non_eu';
}
