"""Canonical names of states and organisations, from the many ways articles write them.

"U.S.", "US", "America", "American" and — as a party — "Washington" are all the United
States; "PRC", "Chinese" and "Beijing" are China. Each entry: the canonical name, then
its other names and demonyms. Capitals stand for their state only where a party is meant
(`capital_as_state`), never for a place: "talks in Beijing" are in Beijing.
"""

from __future__ import annotations

import re
from functools import cache

from briefgen.extract.literal_gate import LiteralGated

_STATES = """
United States|U.S.|US|USA|U.S.A.|United States of America|America|American|Americans
China|PRC|People's Republic of China|People’s Republic of China|Chinese
Russia|Russian Federation|Russian|Russians
Ukraine|Ukrainian|Ukrainians
Japan|Japanese
South Korea|Republic of Korea|ROK|Korea|South Korean|Korean
North Korea|DPRK|Democratic People's Republic of Korea|North Korean
Taiwan|Taiwanese
India|Indian
Pakistan|Pakistani
Afghanistan|Afghan
Iran|Iranian|Islamic Republic of Iran
Iraq|Iraqi|Republic of Iraq
Israel|Israeli|Israelis
Palestine|Palestinian|Palestinians|Palestinian Authority
Saudi Arabia|Saudi|Kingdom of Saudi Arabia
United Arab Emirates|UAE|Emirati
Qatar|Qatari
Kuwait|Kuwaiti
Bahrain|Bahraini
Oman|Omani
Jordan|Jordanian
Egypt|Egyptian
Syria|Syrian
Lebanon|Lebanese
Yemen|Yemeni
Turkey|Türkiye|Turkish
United Kingdom|UK|U.K.|Britain|Great Britain|British
France|French
Germany|German
Italy|Italian
Spain|Spanish|Kingdom of Spain
Portugal|Portuguese
Netherlands|Dutch
Belgium|Belgian
Poland|Polish
Greece|Greek
Sweden|Swedish
Finland|Finnish
Norway|Norwegian
Denmark|Danish
Ireland|Irish
Austria|Austrian
Switzerland|Swiss
Hungary|Hungarian
Romania|Romanian
Czech Republic|Czechia|Czech
Slovakia|Slovak
Bulgaria|Bulgarian
Serbia|Serbian
Kosovo|Kosovar
Croatia|Croatian
Moldova|Moldovan
Georgia|Georgian
Armenia|Armenian
Azerbaijan|Azerbaijani
Belarus|Belarusian
Lithuania|Lithuanian
Latvia|Latvian
Estonia|Estonian
Kazakhstan|Kazakh
Uzbekistan|Uzbek
Canada|Canadian
Mexico|Mexican
Brazil|Brazilian
Argentina|Argentine|Argentinian
Chile|Chilean
Colombia|Colombian
Peru|Peruvian
Venezuela|Venezuelan
Ecuador|Ecuadorian
Bolivia|Bolivian
Paraguay|Paraguayan
Uruguay|Uruguayan
Cuba|Cuban
Haiti|Haitian
Dominican Republic|Dominican
Guatemala|Guatemalan
Honduras|Honduran
El Salvador|Salvadoran
Nicaragua|Nicaraguan
Costa Rica|Costa Rican
Panama|Panamanian
Jamaica|Jamaican
Australia|Australian
New Zealand|New Zealander
Indonesia|Indonesian
Malaysia|Malaysian
Singapore|Singaporean
Thailand|Thai
Vietnam|Viet Nam|Vietnamese
Philippines|Philippine|Filipino
Cambodia|Cambodian
Laos|Lao
Myanmar|Burma|Burmese
Bangladesh|Bangladeshi
Sri Lanka|Sri Lankan
Nepal|Nepali
Mongolia|Mongolian
Papua New Guinea
Fiji|Fijian
South Africa|South African
Nigeria|Nigerian
Kenya|Kenyan
Ethiopia|Ethiopian
Egypt|Egyptian
Angola|Angolan
Ghana|Ghanaian
Senegal|Senegalese
Morocco|Moroccan
Algeria|Algerian
Tunisia|Tunisian
Libya|Libyan
Sudan|Sudanese
South Sudan|South Sudanese
Somalia|Somali
Tanzania|Tanzanian
Uganda|Ugandan
Rwanda|Rwandan
Democratic Republic of the Congo|DRC|Congolese|Democratic Republic of Congo|DR Congo
Republic of the Congo
Zambia|Zambian
Zimbabwe|Zimbabwean
Mozambique|Mozambican
Namibia|Namibian
Botswana|Motswana
Cameroon|Cameroonian
Niger|Nigerien
Mali|Malian
Chad|Chadian
Côte d'Ivoire|Ivory Coast|Ivorian
Holy See|Vatican
Turkmenistan|Turkmen
Kyrgyzstan|Kyrgyz
Tajikistan|Tajik
Cyprus|Cypriot
Malta|Maltese
Iceland|Icelandic
Luxembourg
Slovenia|Slovenian
Bosnia and Herzegovina|Bosnia
Montenegro|Montenegrin
North Macedonia
Albania|Albanian
Djibouti|Djiboutian
Eritrea|Eritrean
Malawi|Malawian
Madagascar|Malagasy
Mauritius|Mauritian
Gabon|Gabonese
Benin|Beninese
Togo|Togolese
Burkina Faso|Burkinabe
Guinea|Guinean
Sierra Leone|Sierra Leonean
Liberia|Liberian
Mauritania|Mauritanian
Gambia|Gambian
Lesotho
Eswatini
Burundi|Burundian
Central African Republic
Equatorial Guinea
Maldives|Maldivian
Bhutan|Bhutanese
Brunei
Timor-Leste|East Timor
Trinidad and Tobago
Barbados
Bahamas
Guyana|Guyanese
Suriname
Belize
Samoa|Samoan
Tonga|Tongan
Vanuatu
Solomon Islands
Antigua and Barbuda
Saint Kitts and Nevis|St. Kitts and Nevis|St Kitts and Nevis
Saint Lucia|St. Lucia|St Lucia
Saint Vincent and the Grenadines|St. Vincent and the Grenadines|St Vincent and the Grenadines
Grenada|Grenadian
Dominica
Sao Tome and Principe|São Tomé and Príncipe
Cabo Verde|Cape Verde|Cabo Verdean|Cape Verdean
Comoros|Comorian
Seychelles|Seychellois
Guinea-Bissau|Bissau-Guinean
Andorra|Andorran
Liechtenstein
Monaco|Monegasque
San Marino
Marshall Islands|Marshallese
Micronesia|Federated States of Micronesia
Palau|Palauan
Nauru|Nauruan
Kiribati
Tuvalu|Tuvaluan
"""

_ORGANISATIONS = """
European Union|EU|E.U.
African Union|AU
ASEAN|Association of Southeast Asian Nations
NATO|North Atlantic Treaty Organization
United Nations|UN|U.N.
Gulf Cooperation Council|GCC
G7|Group of Seven
G20|Group of 20|Group of Twenty
Quad
World Trade Organization|WTO
International Monetary Fund|IMF
World Bank
Organization of American States|OAS
Hamas
Hezbollah|Hizbollah
Houthis|Houthi|Ansar Allah
Taliban
Rapid Support Forces|RSF
M23
"""

_US_STATES = """
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii
Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
Minnesota Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico
New_York North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island
South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia West_Virginia Washington
Wisconsin Wyoming Guam Puerto_Rico Columbia
"""
#: The states of the United States: places in a role ("Governor of Florida"), never names; a
#: state of two words only whole ("Carolina" alone is a given name).
US_STATES = frozenset(state.replace("_", " ") for state in _US_STATES.split())

_CAPITALS = {
    "Washington": "United States", "Beijing": "China", "Moscow": "Russia", "Kyiv": "Ukraine",
    "Kiev": "Ukraine", "Tokyo": "Japan", "Seoul": "South Korea", "Pyongyang": "North Korea",
    "Tehran": "Iran", "Taipei": "Taiwan", "New Delhi": "India", "Islamabad": "Pakistan",
    "London": "United Kingdom", "Paris": "France", "Berlin": "Germany", "Ankara": "Turkey",
    "Riyadh": "Saudi Arabia", "Brussels": "European Union", "Ottawa": "Canada",
    "Canberra": "Australia", "Manila": "Philippines", "Hanoi": "Vietnam", "Jakarta": "Indonesia",
}
#: The seats of government news agencies name their states by ("Caracas rejected the ruling"),
#: but none that is a common word or a given name ("Male", "Sofia", "Victoria", "Kingston"),
#: the state's own name ("Kuwait") or contested ("Jerusalem").
_SEATS = """
Afghanistan: Kabul
Albania: Tirana
Algeria: Algiers
Angola: Luanda
Argentina: Buenos Aires
Armenia: Yerevan
Austria: Vienna
Azerbaijan: Baku
Bahamas: Nassau
Bahrain: Manama
Bangladesh: Dhaka
Barbados: Bridgetown
Belarus: Minsk
Bhutan: Thimphu
Bolivia: La Paz
Bosnia and Herzegovina: Sarajevo
Botswana: Gaborone
Brazil: Brasília|Brasilia
Burkina Faso: Ouagadougou
Burundi: Gitega|Bujumbura
Cambodia: Phnom Penh
Cameroon: Yaoundé|Yaounde
Central African Republic: Bangui
Chad: N'Djamena|Ndjamena
Chile: Santiago
Colombia: Bogotá|Bogota
Croatia: Zagreb
Cuba: Havana
Cyprus: Nicosia
Czech Republic: Prague
Democratic Republic of the Congo: Kinshasa
Denmark: Copenhagen
Ecuador: Quito
Egypt: Cairo
Eritrea: Asmara
Estonia: Tallinn
Eswatini: Mbabane
Ethiopia: Addis Ababa
Fiji: Suva
Finland: Helsinki
Gabon: Libreville
Gambia: Banjul
Georgia: Tbilisi
Ghana: Accra
Greece: Athens
Guatemala: Guatemala City
Guinea: Conakry
Guyana: Georgetown
Haiti: Port-au-Prince
Honduras: Tegucigalpa
Hungary: Budapest
Iceland: Reykjavik|Reykjavík
Iraq: Baghdad
Ireland: Dublin
Italy: Rome
Jordan: Amman
Kazakhstan: Astana
Kenya: Nairobi
Kosovo: Pristina
Kyrgyzstan: Bishkek
Laos: Vientiane
Latvia: Riga
Lebanon: Beirut
Lesotho: Maseru
Liberia: Monrovia
Libya: Tripoli
Lithuania: Vilnius
Madagascar: Antananarivo
Malawi: Lilongwe
Malaysia: Kuala Lumpur
Mali: Bamako
Malta: Valletta
Mauritania: Nouakchott
Mauritius: Port Louis
Mexico: Mexico City
Moldova: Chisinau|Chișinău
Mongolia: Ulaanbaatar
Montenegro: Podgorica
Morocco: Rabat
Mozambique: Maputo
Myanmar: Naypyidaw|Nay Pyi Taw
Namibia: Windhoek
Nepal: Kathmandu
New Zealand: Wellington
Nicaragua: Managua
Niger: Niamey
Nigeria: Abuja
North Macedonia: Skopje
Norway: Oslo
Oman: Muscat
Papua New Guinea: Port Moresby
Paraguay: Asunción|Asuncion
Peru: Lima
Poland: Warsaw
Portugal: Lisbon
Qatar: Doha
Republic of the Congo: Brazzaville
Romania: Bucharest
Rwanda: Kigali
Senegal: Dakar
Serbia: Belgrade
Sierra Leone: Freetown
Slovakia: Bratislava
Slovenia: Ljubljana
Somalia: Mogadishu
South Africa: Pretoria
South Sudan: Juba
Spain: Madrid
Sri Lanka: Colombo
Sudan: Khartoum
Suriname: Paramaribo
Sweden: Stockholm
Switzerland: Bern|Berne
Syria: Damascus
Tajikistan: Dushanbe
Thailand: Bangkok
Timor-Leste: Dili
Togo: Lomé|Lome
Trinidad and Tobago: Port of Spain
Tunisia: Tunis
Turkmenistan: Ashgabat
Uganda: Kampala
United Arab Emirates: Abu Dhabi
Uruguay: Montevideo
Uzbekistan: Tashkent
Venezuela: Caracas
Yemen: Sanaa|Sana'a
Zambia: Lusaka
Zimbabwe: Harare
"""


def _by_city(table: str) -> dict[str, str]:
    """"Kenya: Nairobi|Mombasa" lines as each city's state."""
    return {city.strip(): line.split(":")[0] for line in table.strip().splitlines()
            for city in line.split(":")[1].split("|")}


_CAPITALS |= _by_city(_SEATS)
#: Capitals that stand for their state ("talks in Tehran"): places, whatever their ending.
CAPITALS = frozenset(_CAPITALS)

#: Other cities that talks and visits are held in, by their state.
_CITIES = """
Belgium: Antwerp
Brazil: Rio de Janeiro|São Paulo|Sao Paulo
Bulgaria: Sofia
China: Shanghai|Hong Kong
Colombia: Cartagena
Democratic Republic of the Congo: Goma
Djibouti: Djibouti
Egypt: Sharm el-Sheikh|Sharm El-Sheikh|Alexandria
France: Marseille|Nice|Strasbourg
Germany: Munich|Bonn|Frankfurt|Hamburg
India: Mumbai|Bengaluru|Bangalore|Kolkata|Chennai|Goa
Indonesia: Bali
Iraq: Erbil
Israel: Jerusalem|Tel Aviv
Italy: Milan
Japan: Osaka|Hiroshima
Kazakhstan: Almaty
Kenya: Mombasa
Kuwait: Kuwait City
Maldives: Malé
Morocco: Marrakech
Myanmar: Yangon
Netherlands: Amsterdam|The Hague
Nigeria: Lagos
Pakistan: Karachi|Lahore
Palestine: Ramallah|Gaza City
Panama: Panama City
Philippines: Davao
Saudi Arabia: Jeddah|Mecca|Dhahran
Singapore: Singapore
South Africa: Johannesburg|Cape Town|Durban
South Korea: Busan
Spain: Barcelona|Seville
Sudan: Port Sudan
Switzerland: Geneva|Davos|Zurich|Lausanne
Taiwan: Kaohsiung
Tanzania: Dodoma|Dar es Salaam
Turkey: Istanbul|Antalya
Ukraine: Odesa|Odessa|Kharkiv|Lviv
United Arab Emirates: Dubai
United Kingdom: Edinburgh|Belfast|Cardiff
United States: New York|Camp David|Mar-a-Lago|Anchorage
Uzbekistan: Samarkand
Vietnam: Ho Chi Minh City|Da Nang
Yemen: Aden
"""
#: Cities by the state they are in, to say where an event is ("Geneva, Switzerland"): places
#: only, never a party, since a city hosting talks is no side to them.
CITY_STATES = {**_CAPITALS, **_by_city(_CITIES)}

_WITH_THE = sorted(name[4:] for name in CITY_STATES if name.startswith("The "))
#: A capital letter, accented ones too: "Évian", "Łódź", "Örebro".
CAPITAL = ("[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒ"
           "ŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ]")
#: A place's name as a text writes it: capitalised words, also joined by the particles of
#: "Rio de Janeiro", "Dar es Salaam" and "Sharm el-Sheikh", and "The" of "The Hague".
PLACE_NAME = (rf"(?-i:The\s+(?=(?:{'|'.join(_WITH_THE)})\b))?(?-i:{CAPITAL})[\w’'.-]*"
              r"(?:\s+(?:(?-i:of|de|da|do|dos|das|del|des|di|du|es|la|le)\s+(?:(?-i:the|la)\s+)?)?"
              rf"(?-i:{CAPITAL})[\w’'.-]*|\s+(?-i:el|al|as|ad|an|ash)-(?-i:[A-Z])[\w’'.-]*|"
              r"\s+(?-i:d)[’'](?-i:[A-Z])[\w’'.-]*){0,3}")  # "Côte d’Ivoire"


def _table(text: str) -> dict[str, str]:
    table = {}
    for line in text.strip().splitlines():
        names = [n.strip() for n in line.split("|") if n.strip()]
        for name in names:
            table.setdefault(name, names[0])
    return table


STATES = _table(_STATES)
ORGANISATIONS = _table(_ORGANISATIONS)
_ALL = {**STATES, **ORGANISATIONS}
CANONICAL = frozenset(_ALL.values())


#: A preposition that makes the capital after it a place: "(talks) in (Doha)".
_WHERE_BEFORE = re.compile(r"\b(?:in|at|to|from|near|outside|via|into|through)\s+$")
#: Waters named after a state: "(the) Gulf of (Guinea)", "Sea of (Japan)".
_WATERS_OF = re.compile(r"\b(?:Gulf|Sea|Bay|Strait|Straits|Gulfs)\s+of\s+(?:the\s+)?$")
#: Waters and lands named by a state's name before them: "(South) China Sea", "Indian Ocean",
#: "Korean Peninsula", "Taiwan Strait".
_FEATURE_AFTER = re.compile(r"\s+(?:Sea|Ocean|Peninsula|Strait|Straits)\b")


@cache
def _pattern(with_capitals: bool) -> re.Pattern:
    names = sorted(set(_ALL) | (set(_CAPITALS) if with_capitals else set()), key=len,
                   reverse=True)
    alternatives = "|".join(re.escape(n).replace("'", "['’]") for n in names)
    return re.compile(rf"(?=[A-ZÀ-Þ])(?<![\w.])({alternatives})(?![\w])")


def in_a_phrase(state: str) -> str:
    """A state's or body's name as a phrase writes it: "the United States", "the Philippines",
    "the European Union", "Chile"."""
    plural_or_republic = state.startswith(("United ", "Philippines", "Netherlands", "Bahamas",
                                           "Maldives", "Comoros", "Holy See", "Gambia")) or \
        "Republic" in state or state.endswith(("Islands", "Union", "Nations", "Bank",
                                               "Organization", "Organisation", "Commission",
                                               "Council", "Fund", "Agency", "Alliance"))
    return f"the {state}" if plural_or_republic else state


def canonical(name: str) -> str | None:
    """The canonical state or organisation for a name, or None: "U.S." → "United States"."""
    key = name.strip().replace("’", "'")
    found = _ALL.get(key) or _ALL.get(name.strip()) or _CAPITALS.get(name.strip())
    if found or " of " not in key:
        return found
    formal = _FORMAL_NAME.match(key)  # "the Kingdom of Morocco", "the Sultanate of Oman"
    return STATES.get(key[formal.end():]) if formal else None


#: The form of a state's formal name: "(the) Kingdom of", "Federal Republic of".
_FORMAL_NAME = re.compile(r"(?:[Tt]he\s+)?(?:(?:Federal|Islamic|Democratic|United|Hashemite|"
                          r"Socialist|Arab|Plurinational|Bolivarian)\s+)*(?:Kingdom|Republic|State|"
                          r"Sultanate|Emirate|Principality|Grand\s+Duchy|Commonwealth)\s+of\s+")


def short_state_names(text: str) -> str:
    """`text` with each state's formal name as a headline writes it, the rest of the name as
    the text spells it: "the Republic of South Sudan" → "South Sudan", "Socialist Republic of
    Viet Nam" → "Viet Nam"; a short name that could mean another state stays formal."""
    return _FORMAL_IN_TEXT.sub(_short_state_name, text) if " of " in text else text


def _short_state_name(found: re.Match) -> str:
    formal = found.group(0)[:found.start("name") - found.start()]
    if re.search(r"[A-Z][\w’'-]*\s+$", found.string[:found.start()]) or \
            ("Kingdom of" in formal and "United" in formal):
        return found.group(0)  # "Democratic People's | Republic of Korea", "United Kingdom of …"
    words = found.group("name").split()
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        state = STATES.get(name)
        if state and state == canonical(formal + name) and name not in _SHARED_SHORT_NAMES:
            return " ".join([name, *words[size:]])
    return found.group(0)


#: A formal name in running text: "the Republic of South Sudan".
_FORMAL_IN_TEXT = re.compile(r"\b" + _FORMAL_NAME.pattern +
                             r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")
#: Short names that may mean either of two states: "Korea", "Congo".
_SHARED_SHORT_NAMES = frozenset({"Korea", "Congo"})


#: A state named only for a person's past office, which makes it no party to what is told:
#: "the mediator, a former vice-president of Zambia".
FORMER_OFFICE = LiteralGated(re.compile(r"\bformer\s+(?:[\w-]+\s+){1,4}?of\s+(?:the\s+)?"
                                        r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"))


#: States with a new official name beside the old one: a briefing writes the name its article
#: uses, while tags keep the one canonical name so that a tag gathers every article.
RENAMED = {"Turkey": "Türkiye", "Czech Republic": "Czechia"}


def names_as_written(text: str) -> dict[str, str]:
    """The new name of each renamed state `text` calls by it more often than by the old one."""
    return {old: new for old, new in RENAMED.items()
            if text.count(new) > len(re.findall(rf"\b{re.escape(old)}\b", text))}


#: A currency a state's name is part of: "US$147 million", "14.6 million US dollars".
_CURRENCY_AFTER = re.compile(r"\$|\s+dollars?\b")


def find_parties(text: str, *, capital_as_state: bool = False) -> list[str]:
    """States and organisations named in `text`, canonical, in order of first mention."""
    found: list[str] = []
    for match in _pattern(capital_as_state).finditer(text):
        name = match.group(1)
        if name in ("US", "AU", "UN") and not _is_upper_context(text, match.start(1)):
            continue
        if _CURRENCY_AFTER.match(text, match.end(1)):
            continue  # a currency, not a side to what is told
        if name == "Georgia" and re.search(r"\bGeorgia,? (?:U\.S\.|state)", text):
            continue
        if name.startswith("America") and re.search(r"(?:South|Latin|Central|North|Pan)[ -]$",
                                                    text[:match.start(1)]):
            continue  # "the South American bloc": a continent, not the United States
        if name in _CAPITALS and _WHERE_BEFORE.search(text, 0, match.start(1)):
            continue  # "talks in Doha": where they are held, not a side to them
        if _WATERS_OF.search(text, 0, match.start(1)) or _FEATURE_AFTER.match(text, match.end(1)):
            continue  # "the Gulf of Guinea", "the South China Sea": waters, not a state
        canon = canonical(name)
        if canon and canon not in found:
            found.append(canon)
    return found


def _is_upper_context(text: str, start: int) -> bool:
    """"US" the country, not "us" the pronoun — the pattern is case-sensitive already."""
    return text[start:start + 2].isupper()
