/**
 * The TAGS vocabulary: every code the project knows, its kind and a short meaning in our own words.
 * Built from shared/data/tags.tsv (scripts/check-tag-data.mjs verifies the two agree); geographic
 * meanings are country and territory names.
 */

/** `program` tags are the K... codes; `other` tokens are free text seen on real TAGS lines. */
export type TagKind = 'subject' | 'program' | 'geo' | 'organization' | 'other';

export interface TagInfo {
  readonly code: string;
  readonly kind: TagKind;
  /** Absent where no meaning is known. */
  readonly meaning?: string;
  /** How many cables of the 13,532-cable reference corpus carry the tag: ranks suggestions. */
  readonly seen: number;
}

const KIND_BY_LETTER: Readonly<Record<string, TagKind>> = {
  S: 'subject',
  P: 'program',
  G: 'geo',
  O: 'organization',
  X: 'other',
};

// One tag a line: code|kind letter (see KIND_BY_LETTER)|seen|meaning (optional).
// Kept as text rather than object literals: compact, and parsed once at load.
const TABLE = `
AA|G|6|Aruba
AADP|S|14|Computer and data-processing matters
AART|S|0|Artworks shown in embassies
AAUD|S|0|Audit work
ABLD|S|27|Post buildings and property upkeep
ABUD|S|18|Budgets and finance systems
AC|G|2|Antigua and Barbuda
ACKM|S|0|Handling of communications-security keys
ACLM|S|0|Compensation demands made on the U.S. government
ACMM|S|0|Committee matters
ACMS|S|0|Communications-security materials
ACOA|S|5|Running post communications
ACOM|S|0|Department-wide communications
ACOTA|X|4
ACOU|S|0|Courier service
ADANA|X|343
ADCO|S|8|Diplomatic courier service
ADPM|S|8|Pouch and mail service for posts
ADTO|S|0|Telecommunications inside the U.S.
AE|G|24|United Arab Emirates
AEMR|S|75|Crisis planning and evacuations
AF|G|232|Afghanistan
AFAC|S|0|Communications and records units
AFGHANISTAN|X|9
AFIN|S|53|Post finances
AFOP|S|0|Post communications centers
AFSI|S|15|Training at the Foreign Service Institute
AFSN|S|1|Locally hired staff
AFSP|S|0|Running a post
AG|G|37|Algeria
AGAO|S|2|Reviews by congressional auditors (GAO)
AGOA|X|18|African Growth and Opportunity Act
AGR|O|3
AGRICULTURE|X|10
AGRICULTURE/FOOD SECURITY|X|4
AID|O|8|U.S. Agency for International Development
AINF|S|8|Information management at posts
AINR|S|1|Administration of the intelligence bureau (INR)
AINT|S|2|Running web and internet services
AJ|G|48|Azerbaijan
AL|G|18|Albania
ALEO|S|0|Coordination of low-orbit satellites
ALIB|S|0|Libraries
ALOW|S|5|Staff allowances
ALTR|S|0|Staff newsletters
AM|G|341|Armenia
AMED|S|22|Health care for staff
AMERICAN - SPANISH RELATIONS|X|18
AMGT|S|273|Post management
AMIA|X|3
AMTC|S|0|Upkeep of telecom equipment
AN|G|4|Andorra
ANET|S|2|Networks and communication links
ANTI CORRUPTION BUREAU|X|4
AO|G|8|Angola
AODE|S|3|Staff serving overseas
AOMS|S|2|Office management specialists
AORC|S|197|International bodies and conferences
AORG|S|0|Administering international bodies
APCS|S|0|Desktop computers
APEC|X|3|Asia-Pacific Economic Cooperation
APER|S|37|Staffing and personnel
APOU|S|0|Sending mail by pouch
APUB|S|0|Print shops, publications and their distribution
AQ|G|0|American Samoa
AR|G|68|Argentina
AREC|S|0|Staff commissaries and recreation
AREG|S|0|Rules and directives
ARF|X|4|ASEAN Regional Forum
AROC|X|3
ARTICLE 98|X|3
AS|G|19|Australia
ASAF|S|0|Workplace safety
ASCH|S|2|Schools abroad supported by the U.S.
ASEAN|O|8|Association of Southeast Asian Nations
ASEC|S|871|Security of posts and staff
ASIG|S|8|Inspector General reviews
ASSK|X|54|Aung San Suu Kyi
ASUP|S|2|Supply and equipment matters
AT|G|0|Ashmore and Cartier Islands
ATRN|S|4|Transport services
AU|G|25|Austria
AU-1|O|3|African Union
AUC|X|22|United Self-Defense Forces of Colombia
AV|G|0|Anguilla
AVCE|S|0|Post telephone and voice systems
AVIATION|X|6
AWRD|S|0|Honors and awards
AX|G|1|Akrotiri
AY|G|2|Antarctica
AZ|G|3
BA|G|365|Bahrain
BAGB|S|0|Agricultural business
BAHAMIAN POLITICS|X|7
BANK OF CANADA|X|3
BB|G|4|Barbados
BBAK|S|0|Background checks on companies and people
BBCP|S|0|Business advice program
BBG|O|4|Broadcasting Board of Governors
BBSR|S|9|Reports on services to business
BC|G|21|Botswana
BD|G|0|Bermuda
BDIS|S|0|Commercial disputes and complaints
BE|G|10|Belgium
BEEF|X|4
BENC|S|0|Engineering and construction business
BEXP|S|146|Promoting U.S. exports
BF|G|42|The Bahamas
BFIF|X|4
BFOL|S|0|Follow-up on commercial requests
BG|G|36|Bangladesh
BGEN|S|0|Other help for U.S. business
BH|G|9|Belize
BHUTAN|X|4
BILATERAL RELATIONS WITH THE US|X|5
BIOTECHNOLOGY|X|18
BK|G|88|Bosnia and Herzegovina
BL|G|35|Bolivia
BLIB|S|0|Reference collections for business
BM|G|511|Burma (Myanmar)
BMGT|S|0|Commercial Service management
BN|G|1|Benin
BO|G|22|Belarus
BORDER PATROL|X|10
BP|G|0|Solomon Islands
BPRO|S|0|Business proposals and queries
BPUB|S|0|Commercial publications
BQ|G|0|Navassa Island
BR|G|413|Brazil
BS|G|1|Bassas da India
BT|G|11|Bhutan
BTA|X|8
BTIO|S|27|Openings for trade and investment
BTRA|S|0|Business travel
BU|G|25|Bulgaria
BUD FIN|X|4
BV|G|0|Bouvet Island
BX|G|17|Brunei
BY|G|11|Burundi
BZ|G|3
CA|G|442|Canada
CACS|X|6
CANADIAN MILITARY|X|9
CARICOM|X|5|Caribbean Community
CARR|S|0|Arrests of U.S. citizens abroad
CASC|S|312|Help for U.S. citizens abroad
CB|G|30|Cambodia
CBW|X|12|Chemical and biological weapons
CD|G|16|Chad
CDC|O|3|Centers for Disease Control and Prevention
CDES|S|0|Deaths of citizens and their estates
CDG|O|18
CE|G|37|Sri Lanka
CF|G|10|Republic of the Congo
CFED|S|3|Consular services for federal agencies
CG|G|288|Democratic Republic of the Congo
CGEN|S|0|Consular matters in general
CH|G|252|China
CHINA|X|8
CHR-1|X|23
CI|G|10|Chile
CIDA|X|6
CJ|G|0|Cayman Islands
CJAN|S|34|Legal assistance and notarial acts
CK|G|1|Cocos (Keeling) Islands
CLOK|S|1|Visa watch lists
CM|G|15|Cameroon
CMGT|S|131|Consular section management
CN|G|5|Comoros
CO|G|304|Colombia
COASTAL SECURITY|X|5
CODEL|X|7|Congressional delegation visit
COE|O|3|Council of Europe
COMMERCE|X|4
COMMUNICATION|X|5
CONSERVATIVE PARTY|X|6
CORRUPTION|X|6
COUNTER TERRORISM|X|155
COUNTERTERRORISM|X|48
COUNTRY CLEARANCE|X|66
COUNTRY VISITS|X|287
CPAS|S|13|Passports and nationality
CPRS|S|0|Protecting citizens' property
CQ|G|0|Northern Mariana Islands
CR|G|2|Coral Sea Islands
CRIMES|X|40
CROSS STRAIT ECONOMICS|X|11
CROSS STRAIT POLITICS|X|53
CS|G|2|Costa Rica
CT|G|7|Central African Republic
CTERR|X|4
CTRYCLR|X|5
CU|G|223|Cuba
CUBA|X|5
CV|G|1|Cape Verde
CVIS|S|256|Visa matters
CW|G|1|Cook Islands
CWC|O|9|Chemical Weapons Convention
CY|G|27|Cyprus
CZ|G|6
DA|G|3|Denmark
DANNY WILLIAMS|X|5
DEFENSE AND POLITICAL|X|7
DEFENSE REFORM (MIL & NATO)|X|49
DEFENSE/SECURITY|X|5
DEMARCHE|X|73
DEMOBILIZATION|X|10
DEMOCRACY|X|9
DEMOCRATIC REFORM|X|53
DEVELOPMENT|X|16
DHLAKAMA|X|4
DHRF|X|5
DJ|G|306|Djibouti
DO|G|0|Dominica
DOD|O|4|U.S. Department of Defense
DOMESTIC POLITICS|X|87
DOMESTIC SECURITY & CRIME|X|9
DPOL|X|8
DPRK|X|3|North Korea
DQ|G|0|Jarvis Island
DR|G|338|Dominican Republic
DX|G|0|Dhekelia
EAC|O|71|Emergency Action Committee (a post's crisis team)
EAGR|S|275|Farming and forestry
EAID|S|930|Economic aid
EAIR|S|280|Civil air transport
EC|G|132|Ecuador
ECIN|S|56|Regional economic cooperation
ECON|S|2357|The economy in general
ECON/COM|X|58
ECON/PRIVATIZATION|X|3
ECONOMIC|X|40
ECONOMIC AFFAIRS|X|32
ECONOMIC POLICY & GENERAL ANALYSIS|X|17
ECONOMY|X|91
ECONOMY AND FINANCE|X|37
ECOSOC|O|3|UN Economic and Social Council
ECOWAS|O|12|Economic Community of West African States
ECPS|S|95|Telecom and postal services
EDUCATION|X|3
EFIN|S|1135|Finance and monetary policy
EFIS|S|72|Fisheries
EG|G|92|Egypt
EI|G|28|Ireland
EIND|S|121|Industry
EINT|S|17|Internet economy and e-commerce
EINV|S|649|Investment
EK|G|4|Equatorial Guinea
ELAB|S|492|Labor and workers
ELECTIONS|X|38
ELECTIONS 04|X|23
ELECTRICITY|X|4
ELN|O|4|National Liberation Army (Colombian guerrilla group)
ELN PEACE PROCESS|X|6
ELTN|S|42|Road and rail transport
EMIN|S|53|Mining
EN|G|9|Estonia
ENERG|X|5
ENERGY|X|36
ENGR|X|5
ENRG|S|455|Energy sector
ENVIRONMENT|X|32
ENVIRONMENT/S&T|X|5
EPET|S|319|Oil and gas
ER|G|21|Eritrea
ES|G|19|El Salvador
ESTH|X|17
ET|G|38|Ethiopia
ETHNICS|X|56
ETMIN|X|48
ETRD|S|1355|International trade
ETTC|S|347|Export and technology controls
EU|G|92|Europa Island (cables often use it for the European Union, whose tag is EUN)
EUN|O|468|European Union
EUROPEAN UNION|X|9
EWWT|S|125|Shipping, ports and waterways
EXIM|O|3|Export-Import Bank of the U.S.
EXPORT CONTROL INITIATIVES|X|3
EXTERNAL RELATIONS|X|14
EZ|G|23|Czech Republic
FAB5|X|5
FAC|X|4
FARC|O|10|Revolutionary Armed Forces of Colombia
FDA|O|3|U.S. Food and Drug Administration
FEE TRADE AGREEMENT OF AMERICA (FTAA)|X|13
FG|G|0|French Guiana
FI|G|37|Finland
FINANCE|X|3
FINLAND-IRAQ|X|5
FINLAND-RUSSIA|X|3
FINREF|X|3
FJ|G|1|Fiji
FK|G|0|Falkland Islands (Islas Malvinas)
FM|G|0|Federated States of Micronesia
FO|G|0|Faroe Islands
FOREIGN POLICY|X|45
FP|G|1|French Polynesia
FQ|G|0|Baker Island
FR|G|221|France
FRELIMO|O|7|FRELIMO, Mozambique's ruling party
FS|G|0|French Southern and Antarctic Lands
FTA|X|12
FTAA|X|8|Free Trade Area of the Americas
GA|G|16|The Gambia
GAZA DISENGAGEMENT|X|70
GB|G|5|Gabon
GCC|O|9|Gulf Cooperation Council
GE|G|4
GG|G|40|Georgia
GH|G|152|Ghana
GI|G|0|Gibraltar
GJ|G|0|Grenada
GK|G|0|Guernsey
GL|G|0|Greenland
GM|G|161|Germany
GO|G|0|Glorioso Islands
GOG|X|4
GOI|X|16
GOI EXTERNAL|X|38
GOI INTERNAL|X|54
GOV|X|11
GP|G|0|Guadeloupe
GQ|G|0|Guam
GR|G|32|Greece
GT|G|419|Guatemala
GTIP|X|3
GUEBUZA|X|3
GV|G|12|Guinea
GY|G|3|Guyana
GZ|G|48|Gaza Strip
HA|G|49|Haiti
HAITI|X|7
HEALTH|X|16
HIV/AIDS|X|11
HIV/AIDS/PEPFAR|X|4
HK|G|7|Hong Kong
HM|G|0|Heard Island and McDonald Islands
HO|G|624|Honduras
HQ|G|0|Howland Island
HR|G|393|Croatia
HT1|X|7
HT11|X|3
HT12|X|4
HT13|X|5
HT25|X|3
HT3|X|5
HT48|X|3
HU|G|2|Hungary
HUMAN RIGHTS|X|214
HUMAN RIGHTS (GENERAL)|X|4
HUMAN RIGHTS/TRAFFICKING|X|6
HUMAN TRAFFICKING|X|16
HUMANITARIAN|X|5
HUMANITARIAN AID|X|3
HUMANR|X|131
IAEA|O|58|International Atomic Energy Agency
IBRD|O|5|World Bank (IBRD)
IC|G|0|Iceland
ICAO|O|23|International Civil Aviation Organization
ICC|O|4|International Criminal Court
ICJ|O|9|International Court of Justice
ICTY|O|28|UN tribunal for the former Yugoslavia
ID|G|43|Indonesia
ILO|O|12|International Labour Organization
IM|G|0|Isle of Man
IMF|O|13|International Monetary Fund
IMO|O|4|International Maritime Organization
IN|G|189|India
INDIAN DOMESTIC POLITICS|X|22
INDO-PAK|X|12
INDO-US|X|5
INDUSTRY|X|5
INR|X|4|Bureau of Intelligence and Research
INRB|X|3
INTELLECTUAL PROPERTY|X|13
INTERNATIONAL ORGANIZATIONS|X|6
INTERNATIONAL RELATIONS|X|14
IO|G|15|British Indian Ocean Territory
IP|G|0|Clipperton Island
IPR|X|6|Intellectual property rights
IPR & BIOTECH|X|15
IPROP|X|10
IQ|G|8
IR|G|394|Iran
IRAN|X|9
IRAQ|X|30
IS|G|480|Israel
ISRAELI SOCIETY|X|13
ISRAELI-PALESTINIAN AFFAIRS|X|110
ISTANBUL|X|147
IT|G|47|Italy
IV|G|10|Cote d'Ivoire
IZ|G|898|Iraq
JA|G|32|Japan
JE|G|0|Jersey
JM|G|6|Jamaica
JN|G|0|Jan Mayen
JO|G|22|Jordan
JQ|G|0|Johnston Atoll
JU|G|0|Juan de Nova Island
KACP|P|4
KACT|P|3
KASHMIR|X|3
KAWC|P|97|Atrocities and war crimes
KAWK|P|9
KBCT|P|4
KBIO|P|6
KCCP|P|0
KCFE|P|4
KCIP|P|13
KCIS|P|0
KCOG|P|1
KCOM|P|2
KCOR|P|112|Anti-corruption
KCRM|P|435|Crime and law enforcement
KCRS|P|0
KCSY|P|4
KDEM|P|771|Democracy building
KDRG|P|7
KE|G|19|Kenya
KEAI|P|0
KECF|P|0
KEMS|P|0
KESS|P|3
KFAM|P|0
KFLO|P|8
KFLU|P|0|Flu, including avian influenza
KFPC|P|3
KFRD|P|66|Fraud (visa, passport and other)
KFSC|P|0
KG|G|6|Kyrgyzstan
KGCN|P|0
KGHA|P|0
KGHG|P|23|Greenhouse gases and climate
KGIC|P|7
KGIT|P|1
KGLB|P|1
KHDP|P|13
KHIV|P|62|HIV and the AIDS epidemic
KHLS|P|48|Homeland security
KICA|P|5
KICC|P|48|International Criminal Court
KICR|P|0
KICT|P|0
KIDE|P|8
KIMT|P|0
KIPR|P|148|Intellectual property rights
KIRC|P|10
KIRF|P|193|Freedom of religion
KISL|P|191|Islam and Muslim affairs
KJUS|P|383|Justice and rule of law
KLBO|P|0
KLIG|P|5
KLSO|P|0
KMCA|P|25|Millennium Challenge Account
KMDR|P|232|Press reaction reports
KMFO|P|1
KMPI|P|67|Middle East Partnership Initiative
KMRS|P|1
KMSG|P|2
KN|G|68|North Korea
KNAR|P|7
KNEI|P|4
KNEP|P|0
KNET|P|0
KNNP|P|289|Preventing nuclear proliferation
KNSD|P|0
KOCI|P|14
KOGL|P|0
KOLY|P|10|Olympic Games
KOMC|P|24
KONP|P|0
KPAL|P|184|Palestinian issues
KPAM|P|0
KPAO|P|589|Public diplomacy and press office
KPAP|P|0
KPDC|P|0
KPDD|P|4
KPIN|P|1
KPIR|P|0
KPKO|P|38|Peacekeeping missions
KPLS|P|3
KPMP|P|0
KPOW|P|0
KPRP|P|53
KPRV|P|12
KPWR|P|4
KQ|G|0|Kingman Reef
KQDD|P|0
KR|G|1|Kiribati
KRAD|P|5
KREC|P|4
KRIM|P|8
KRVC|P|8
KS|G|43|South Korea
KSAC|P|10
KSAF|P|2
KSCA|P|163|Science matters
KSCI|P|10
KSEC|P|5
KSEI|P|0
KSEO|P|2
KSEP|P|79
KSIP|P|0
KSLG|P|2
KSPR|P|14
KSRK|P|0
KSTC|P|30
KSTT|P|0
KSUM|P|22
KT|G|1|Christmas Island
KTDB|P|55
KTEX|P|43|Textiles
KTFN|P|86|Financing of terrorism
KTIA|P|65
KTIP|P|14|Human trafficking
KTSD|P|0
KU|G|38|Kuwait
KUNC|P|0
KUNR|P|3
KV|G|12|Kosovo
KVIR|P|0
KVPR|P|128|Visas Viper terrorist screening
KWAC|P|6
KWBG|P|178|West Bank and Gaza Strip affairs
KWIR|P|0
KWMN|P|119|Women's rights and status
KWPA|P|0
KWWW|P|3
KZ|G|20|Kazakhstan
LA|G|2|Laos
LABOR|X|50
LABOR AND COMMERCE|X|12
LE|G|142|Lebanon
LG|G|8|Latvia
LH|G|66|Lithuania
LI|G|14|Liberia
LIBERAL PARTY|X|10
LO|G|211|Slovakia
LQ|G|0|Palmyra Atoll
LS|G|0|Liechtenstein
LT|G|5|Lesotho
LU|G|1|Luxembourg
LVPR|X|15
LY|G|86|Libya
MA|G|5|Madagascar
MACROECONOMICS & FINANCIAL|X|32
MANITOBA|X|6
MAR|X|6
MARAD|O|3|U.S. Maritime Administration
MARITIME SECURITY|X|16
MARR|S|692|Defense agreements and military ties
MASS|S|260|Arms sales and military aid
MB|G|0|Martinique
MC|G|0|Macau
MCA|X|3
MCAP|S|124|Military capabilities
MCC|X|11|Millennium Challenge Corporation
MD|G|13|Moldova
MEDIA|X|11
MEDIA REACTION REPORT|X|72
MEPI|X|4|Middle East Partnership Initiative
MEPN|X|3
MEPP|X|16|Middle East peace process
MF|G|0|Mayotte
MG|G|13|Mongolia
MH|G|0|Montserrat
MI|G|150|Malawi
MIGRATION|X|6
MILI|X|3
MILITARY|X|4
MINORITIES|X|9
MISSILE DEFENSE|X|10
MJ|G|0|Montenegro
MK|G|12|Macedonia
ML|G|8|Mali
MN|G|0|Monaco
MNUC|S|177|Military nuclear matters
MO|G|53|Morocco
MOLINA|X|3
MONTHLY ECON DIGEST|X|12
MONUC|O|13|UN mission in the DR Congo
MOPS|S|670|Armed forces operations
MP|G|2|Mauritius
MQ|G|0|Midway Islands
MR|G|7|Mauritania
MT|G|3|Malta
MTCRE|O|16|Missile Technology Control Regime
MU|G|92|Oman
MV|G|7|Maldives
MW|G|7
MX|G|25|Mexico
MY|G|16|Malaysia
MZ|G|155|Mozambique
N/A|X|5
NARCOTICS|X|8
NARCOTICS - OPBAT|X|6
NATIONAL CONVENTION|X|25
NATO|O|156|North Atlantic Treaty Organization
NC|G|0|New Caledonia
NE|G|4|Niue
NEWFOUNDLAND AND LABRADOR|X|3
NF|G|0|Norfolk Island
NG|G|10|Niger
NGO|X|28|Non-governmental organizations
NH|G|1|Vanuatu
NI|G|330|Nigeria
NIPP|X|7
NL|G|15|Netherlands
NLD|X|92|National League for Democracy (Burma)
NN|G|0|Sint Maarten
NO|G|8|Norway
NON-PROLIFERATION|X|7
NON-PROLIFERATION ISSUES|X|14
NP|G|16|Nepal
NPT|X|12|Nuclear Non-Proliferation Treaty
NR|G|0|Nauru
NS|G|44|Suriname
NSF|O|5|U.S. National Science Foundation
NSFO|X|9
NSSP|X|7
NU|G|13|Nicaragua
NYATI|X|3
NZ|G|163|New Zealand
OAS|O|71|Organization of American States
OCLR|S|0|Clearances for military ships and aircraft
OCON|S|0|Organizing official gatherings
OD|G|0|South Sudan
ODIP|S|8
OECD|O|3|Organisation for Economic Co-operation and Development
OEXC|S|57|Education and culture exchanges
OFDP|S|8
OGEN|S|0|Miscellaneous operational matters
OIC|X|5|Organization of the Islamic Conference
OIIP|S|253|International information programs
OIL SECTOR|X|6
OPCW|X|3|Organisation for the Prohibition of Chemical Weapons
OPDC|S|87
OPIC|O|38|Overseas Private Investment Corporation
OPRC|S|174
OREP|S|42|Travel by members of Congress
OSCE|O|47|Organization for Security and Co-operation in Europe
OSCI|S|16|Funding for scientific work
OTRA|S|410|Official travel
OVIP|S|99|Visits by leaders and VIPs
PA|G|37|Paraguay
PARLIAMENT|X|11
PARM|S|582|Arms control and disarmament
PARMS|X|5
PAUL MARTIN|X|5
PBIO|X|9
PBTS|S|122|Borders and territorial disputes
PC|G|0|Pitcairn Islands
PE|G|32|Peru
PEACE PROCESS|X|3
PEPR|X|3
PETROLIUM|X|6
PF|G|0|Paracel Islands
PG|G|0|Spratly Islands
PGOV|S|6223|Domestic politics and government
PHSA|S|59
PHUM|S|3031|Human rights conditions
PINR|S|1462|Intelligence reporting
PINS|S|772|Internal and national security
PINT|X|17
PJ|G|0|Etorofu, Habomai, Kunashiri, and Shikotan Islands
PK|G|196|Pakistan
PL|G|32|Poland
PLO|O|7|Palestine Liberation Organization
PM|G|153|Panama
PMIL|X|3
PNAT|S|11
PO|G|18|Portugal
POL|X|3
POL CHIEF|X|30
POL SPECIALIST|X|16
POL-MIL ISSUES|X|16
POLITICAL|X|62
POLITICAL ISSUES|X|12
POLITICAL PARTIES/ELECTIONS|X|49
POLITICS & FOREIGN POLICY|X|28
POLMIL|X|29
POPULAR PARTY|X|10
PORTS|X|10
PP|G|0|Papua New Guinea
PREF|S|379|Refugees and displaced people
PREL|S|7565|Foreign relations
PRESIDENT|X|31
PRESS SUMMARIES|X|290
PRM|X|9|Bureau of Population, Refugees and Migration
PROP|S|33
PROV|X|3
PS|G|0|Palau
PSOE - SOCIALIST PARTY|X|19
PTER|S|1898|Terrorism and counterterrorism
PU|G|2|Guinea-Bissau
PUBLIC AFFAIRS|X|20
PUBLIC RELATIONS|X|3
QA|G|22|Qatar
RE|G|0|Reunion
REFUGEE|X|26
REFUGEES|X|10
REGIONAL|X|3
REGIONAL ISSUES|X|24
RELFREE|X|109
RELIGIOUS FREEDOM|X|29
RENAMO|O|11|RENAMO, Mozambique's opposition party
RI|G|0|Serbia
RM|G|5|Marshall Islands
RN|G|0|Saint Martin
RO|G|31|Romania
RP|G|12|Philippines
RQ|G|0|Puerto Rico
RS|G|183|Russia
RU|G|51
RW|G|37|Rwanda
SA|G|138|Saudi Arabia
SADC|X|15|Southern African Development Community
SARS|X|8
SB|G|0|Saint Pierre and Miquelon
SC|G|1|Saint Kitts and Nevis
SCENESETTERS|X|5
SCIENCE|X|3
SCIENCE AND TECHNOLOGY|X|7
SCUL|S|147|Cultural affairs
SE|G|1|Seychelles
SENV|S|336|Environmental issues
SETTLEMENTS|X|13
SEVN|X|3
SF|G|162|South Africa
SG|G|8|Senegal
SH|G|0|Saint Helena
SHUM|X|4
SI|G|70|Slovenia
SITREP|X|37|Situation report
SL|G|8|Sierra Leone
SM|G|1|San Marino
SMIG|S|172|Migration and population movement
SMUGGLING|X|3
SN|G|14|Singapore
SNAR|S|508|Drugs and narcotics control
SO|G|66|Somalia
SOCI|S|685|Society and social conditions
SOE|X|10
SOFTWOOD LUMBER|X|5
SOUTHERN THAILAND|X|3
SP|G|843|Spain
SPANISH ELECTION MARCH 2004|X|26
SR|G|38
SREF|X|3
SSH|X|4
ST|G|1|Saint Lucia
SU|G|117|Sudan
SV|G|0|Svalbard
SW|G|35|Sweden
SX|G|1|South Georgia and the Islands
SY|G|139|Syria
SZ|G|4|Switzerland
TB|G|0|Saint Barthelemy
TBIO|S|295|Biotechnology and life sciences
TC|G|24
TD|G|4|Trinidad and Tobago
TE|G|0|Tromelin Island
TECH|X|3
TELECOMMUNICATIONS|X|4
TERFIN|X|37
TERRORISM|X|32
TERRORIST FINANCE|X|21
TFUS01|X|32
TFUS02|X|32
TFUS03|X|30
TH|G|43|Thailand
TI|G|13|Tajikistan
TINT|S|5
TIP|X|20|Trafficking in persons
TK|G|18|Turks and Caicos Islands
TL|G|0|Tokelau
TN|G|0|Tonga
TNGD|S|6
TO|G|3|Togo
TOURISM|X|8
TP|G|1|Sao Tome and Principe
TPHY|S|85
TRADE|X|87
TRADE ISSUES|X|24
TRAFFICKING|X|20
TRAFFICKING (IN PERSONS)|X|4
TRAFFICKING IN PERSONS|X|5
TRAFFICKING PERSONS|X|6
TRANSPORTATION|X|21
TRANSPORTATION ISSUES|X|12
TRGY|S|114
TS|G|29|Tunisia
TSPA|S|51|Space and space technology
TSPL|S|51
TSUNAMI RELIEF|X|9
TT|G|4|Timor-Leste
TU|G|628|Turkey
TV|G|0|Tuvalu
TW|G|240|Taiwan
TX|G|26|Turkmenistan
TZ|G|10|Tanzania
U.S.-ISRAEL RELATIONS|X|18
U.S.-OMAN RELATIONS|X|5
UC|G|0|Curacao
UG|G|25|Uganda
UK|G|145|United Kingdom
UN|G|126
UNAUS|O|3
UNCHR|X|6
UNCHR-1|X|11
UNCTAD|O|6|UN Conference on Trade and Development
UNDC|O|7
UNDP|O|10|UN Development Programme
UNEP|O|3|UN Environment Programme
UNESCO|O|16|UN Educational, Scientific and Cultural Organization
UNGA|O|169|UN General Assembly
UNHCR|O|19|UN refugee agency (UNHCR)
UNHCR-1|X|13
UNHRC|X|3
UNHRC-1|O|20
UNITED DEMOCRATIC FRONT|X|10
UNMIK|O|7|UN mission in Kosovo
UNO|O|6
UNSC|O|138|UN Security Council
UP|G|44|Ukraine
UR|G|25
US|G|98|United States of America
USAID|X|4|U.S. Agency for International Development
USEU BRUSSELS|X|291
USTR|O|69|Office of the U.S. Trade Representative
USUN|X|10|U.S. Mission to the United Nations
UV|G|5|Burkina Faso
UY|G|9|Uruguay
UZ|G|14|Uzbekistan
VC|G|0|Saint Vincent and the Grenadines
VE|G|504|Venezuela
VESSEL CLEARANCE|X|6
VI|G|1|British Virgin Islands
VISAS VIPER|X|8
VM|G|229|Vietnam
VN|G|3
VQ|G|0|U.S. Virgin Islands
VT|G|326|Vatican City (Holy See)
VTCH|X|3
VTIS|X|6
VZ|G|10
WA|G|6|Namibia
WAR|X|40
WAR CRIMES|X|143
WE|G|3|West Bank
WF|G|0|Wallis and Futuna
WHA|X|3|Bureau of Western Hemisphere Affairs
WHO|O|14|World Health Organization
WI|G|6|Western Sahara
WQ|G|0|Wake Island
WS|G|2|Samoa
WTO|O|37|World Trade Organization
WTRO|O|28|World Trade Organization
WZ|G|2|Swaziland (Eswatini)
XA|G|49
XD|G|5
XF|G|54
XG|G|10
XH|G|10
XI|G|3
XK|G|11
XL|G|18
XM|G|23
XO|G|3
XR|G|7
XS|G|3
XT|G|6
XW|G|6
XX|G|8
XY|G|12
YE|G|17
YI|G|20
YM|G|483|Yemen
ZA|G|5|Zambia
ZB|G|4
ZF|G|6
ZI|G|29|Zimbabwe
ZL|G|12
ZP|G|4
ZR|G|5
ZS|G|3
ZU|G|5
`;

function parseTable(table: string): ReadonlyMap<string, TagInfo> {
  const tags = new Map<string, TagInfo>();
  for (const line of table.split('\n')) {
    if (line === '') continue;
    const [code, letter, seen, meaning] = line.split('|');
    const kind = KIND_BY_LETTER[letter];
    if (!code || !kind || seen === undefined) throw new Error(`tags.ts: malformed row "${line}"`);
    tags.set(code, meaning ? { code, kind, meaning, seen: Number(seen) } : { code, kind, seen: Number(seen) });
  }
  return tags;
}

/** Keyed by the exact, upper-case code (free-text tokens keep their single spaces: `HUMAN RIGHTS`). */
export const TAGS: ReadonlyMap<string, TagInfo> = parseTable(TABLE);
