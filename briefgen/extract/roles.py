"""The words that tell a person's name from a role, an office or a thing.

Title words end a role and stand before a name ("Secretary", "Coordinator"); modifiers qualify
them ("Deputy", "Prime"); office words name institutions ("Affairs", "Council") and documents
name things ("Declaration"): none of these is ever part of a person's name.
"""

from __future__ import annotations

import functools
import re

from briefgen.extract.names import US_STATES, canonical
from briefgen.extract.sentences import GIVEN_NAME_ABBREVIATIONS


def _words(text: str) -> list[str]:
    return text.split()


#: Words that end a role and can stand right before a name ("Prime Minister", "Coordinator").
TITLE_WORDS = frozenset(_words("""
President Premier Chancellor Minister Secretary Secretary-General Under-Secretary-General
Undersecretary Under-Secretary
Director-General Governor-General Ambassador Envoy Advisor Adviser Coordinator Director
Administrator Commissioner Chair Chairman Chairwoman Chairperson Spokesperson Spokesman
Spokeswoman Representative Senator Congressman Congresswoman Governor Mayor King Queen Prince
Princess Emir Amir Sheikh Sultan Pope Leader Speaker General Admiral Colonel Commander Justice
Judge Counselor Counsellor Officer Chief Attorney Lady Gentleman Holiness Majesty Highness
Excellency Archbishop Cardinal Bishop Rabbi Reverend Imam Captain Lieutenant Sergeant Deputy
Assistant Delegate Negotiator Councilmember Superintendent Professor Lawmaker Czar Administrator
Head Member Counsel Founder Co-Founder CEO Fellow Organizer Advocate Moderator Aide
Correspondent Economist Pastor Treasurer Sheriff Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr Sir Dame Messrs.
Rep. Sen. Gov. Ambassador-at-Large Ambassador-Designate Ambassador-designate Minister-Counselor
Lt. Gen. Adm. Amb. Prof. Rev. Hon. Hon Honourable Honorable PM Mantri
"""))
#: Words that qualify a title word: part of a role, never of a name ("Prime", "Deputy").
TITLE_MODIFIERS = frozenset(_words("""
Prime Vice Crown First Second Deputy Assistant Associate Acting Principal Senior Chief Special
Under Executive Alternate Foreign Defense Defence Trade Finance Press Attorney Surgeon
Inspector Majority Minority Lieutenant Brigadier Major Rear Managing Permanent Interim Royal High
Presidential Supreme Lord Former National Federal Raksha Pradhan Videsh Rajya Extraordinary
Plenipotentiary
"""))
#: Honorifics: a title, but not a role worth reporting.
HONORIFICS = frozenset({"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Amb.",
                        "Messrs.", "Shri", "Smt.", "Datuk", "Dato'", "Dato’", "Seri", "Tun",
                        "Honourable", "Honorable", "Hon.", "Hon", "Sheikh", "Sheikha",
                        "Samdech", "HH", "H.H.", "H.E.", "HRH", "H.R.H.", "Eng.", "Engineer",
                        "Tan Sri",
                        "Dato", "Haji", "Hajah", "Awang", "Dayang", "Pengiran", "Setia",
                        "Yang Berhormat", "Yang Mulia", "Mawlawi", "Maulvi", "Maulana"})
#: Title words that also open names of things ("General Motors"): a title only when qualified
#: ("Attorney General") or before a full name.
WEAK_TITLES = frozenset({"General", "Chief", "Head", "Member", "Leader", "Justice", "Lady",
                          "Gentleman", "Deputy", "Assistant", "Officer", "Counsel"})
#: Words of offices and institutions: they end a role's complement, never a name.
OFFICE_WORDS = frozenset(_words("""
Affairs Integration State Defense Defence Treasury Commerce Agriculture Energy Education Labor
Labour Justice Troops Guards Police Gendarmerie
Interior Transportation Security Services Development Health Veterans Council Commission Committee
Administration Agency Department Office Bureau Foundation Forces Staff Intelligence Policy Trade
Finance Economy Industry Investment Environment Republic Kingdom Nations House Senate Congress
Parliament Assembly Court Union Bank Fund Organization Organisation Cooperation Relations Programs
Program Programme Initiatives Management Budget Team Force Operations Resources Housing Protection
Communications Technology Technologies Cyber White Government Ministry Party Caucus District
Presidency Secretariat Chancellery
Federation Emirates States Americans Quality Planning Cabinet Navy Army Air Guard Corps Marines
Reserve
Institute University College School Center Centre Forum Summit Partnership Alliance Group Board
Authority Agriculture Justice Fisheries Climate Infrastructure Immigration Customs Mission Embassy
Consulate Delegation Secretariat Command Service Services Legislative Intergovernmental Public
Engagement Relief Response Emergency Governance Law Legal Rights Women Youth Tribal Indian Native
Minerals Resources Mines Petroleum Oil Gas Water Tourism Culture Sports Information Media Digital
Science Research Innovation Business Banking Markets Exchange Commerce Customs Revenue Tax Taxation
Treasury Economic Economics Foreign Home Internal External Social Welfare Family Families Children
Holy See Coalition Association League Network Society Trust Project Corporation Company Inc.
LLC Motors Partners Campaign Collective Labs Capital Ventures Industries Holdings Systems Solutions
Group Associates Consulting Media Press News Times Post Journal Network Airlines Automotive
Reuters Bloomberg Xinhua Kyodo Yonhap Interfax TASS Tass Jazeera Arabiya BBC CNN AFP
Wire Tribune Herald Gazette Telegraph Chronicle Dispatch
Transport Telecommunications Aviation Maritime Forestry Livestock Irrigation Mining Railways
Hydrocarbons Electricity Sanitation Connectivity Logistics Statistics Heritage Diaspora
"""))
#: Names of documents and events: never in a role nor a name ("Emergency Declaration President
#: Biden approved"; "Bilateral Meeting Between President Biden").
THING_WORDS = frozenset(_words("""
Peace Deal Agreement Accords Act Plan Strategy Framework Dialogue Declaration Treaty Initiative
Statement Readout Remarks Fact Sheet Call Meeting Visit Trip Travel Calls Meetings Visits Between
Bilateral Talks Conference Communique Communiqué Proclamation Order Memorandum Message Letter
International
"""))
#: Capitalised words that start sentences or headlines but neither names nor roles.
NOT_NAMES = frozenset(_words("""
The This That These Those And But Or In On At For With By From Of To As If When While After Before
During Ahead Regarding Following Today Tomorrow Yesterday Tonight Later Earlier Then Also Both All
Each Every Its It He She They We I You His Her Their Our My Your There Here Yet Still However
Meanwhile Together Separately Further Furthermore Additionally Moreover Finally First Second Third
Since Under Over Through Throughout Across Among Between Within Without Upon Into Onto Per Via
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
August September October November December Readout Statement Remarks Fact Sheet Joint Press
Release Briefing Background Call Calls Meeting Meets Meet Visit Visits Trip Travel Travels Accepts
Hosts Welcomes Speaks Holds Announces Signs Secures Brings Delivers Launches Continues Applauds
Congratulates Thanks Message Letter Administration Officials Official Leaders Senior Dear Thank
Please Not No Yes Good Great New Several Other Many Most Some Such Any Federal National American
Level
"""))
#: The buildings and streets whose names stand for a government: "Downing Street said …".
#: Written in lower case, without "the" and with a plain apostrophe (see `is_government_building`).
GOVERNMENT_BUILDINGS = frozenset({
    "downing street", "foggy bottom", "south block", "north block", "wisma putra", "blue house",
    "casa rosada", "palazzo chigi", "zhongnanhai", "kasumigaseki", "itamaraty", "quai d'orsay",
    "malacañang", "malacanang", "hotel matignon", "kremlin", "white house", "elysée palace",
    "elysee palace", "élysée palace", "number 10", "no 10", "no. 10", "pentagon", "rideau hall",
    "union buildings", "state house", "aso rock", "los pinos", "palacio nacional",
    "palácio do planalto", "planalto", "yongsan", "bellevue palace"})


def is_government_building(name: str) -> bool:
    """Whether a name is a building that stands for a government: "The Kremlin", "Quai d’Orsay"."""
    plain = re.sub(r"^the\s+", "", name.lower().replace("’", "'"))
    return plain in GOVERNMENT_BUILDINGS


#: Words inside a name that are no name of their own: "Mohammed bin Salman", "Hassan Sheikh
#: Mohamud", "Ciarán Ó Dálaigh".
PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "de", "da", "di", "del", "della", "van",
                        "von", "der", "den", "le", "la", "dos", "das", "du", "y", "ter", "Al",
                        "El", "Bin", "Abu", "Abd", "Sheikh", "Ó", "Ní", "Nic", "Uí", "Haji",
                        "Hajah"})
SUFFIXES = frozenset({"Jr.", "Sr.", "II", "III", "IV"})
#: Letters after a name that tell a seat or an honour, no part of the name: "Ciarán Ó Dálaigh
#: TD", "Jane Roe MP", "John Doe QC".
POSTNOMINALS = frozenset({"TD", "MP", "MEP", "MSP", "MLA", "QC", "KC", "OBE", "CBE", "MBE",
                          "KBE", "DBE"})
CONNECTORS = frozenset({"of", "for", "to", "the", "on", "and"})
#: Verbs of saying after a name: "Jane Roe said", "said Jane Roe".
SAYING = frozenset(_words("""
said says told added noted stated explained declared remarked wrote posted tweeted stressed
emphasized emphasised urged warned implored asserted insisted argued replied responded
"""))
#: Verbs of acts only a person does in news text, after a full name: "Jane Roe welcomed …".
ACTING = frozenset(_words("""
welcomed met signed chaired visited hosted received thanked praised condemned accused denied
reaffirmed expressed underlined acknowledged pledged vowed announced
"""))
#: Verbs whose agent "by" names, before a full name: "chaired by Jane Roe".
LED_BY = frozenset(_words("""
chaired headed led hosted signed represented accompanied received welcomed opened delivered
"""))
#: Nouns for people, lowercase, that can stand before a name: "dictator Nicolás Maduro".
PERSON_NOUNS = frozenset(_words("""
dictator narcoterrorist leader president minister envoy spokesperson spokesman spokeswoman
official journalist reporter activist author businessman businesswoman founder executive senator
general commander ambassador diplomat negotiator adviser advisor aide hostage hostages detainee
citizen citizens nationals national prisoner prisoners astronaut artist singer actor athlete
host anchor moderator lawyer attorney professor economist survivor student mother father husband
wife son daughter brother sister pastor rabbi reverend farmer veteran soldier officer victim
director chair chairman chairwoman chairperson ceo secretary administrator commissioner advocate
organizer fellow member treasurer mayor governor representative counterpart chief
analyst expert researcher scholar facilitator mediator coach captain player fisherman fishermen
trader herder villager resident nurse doctor engineer worker driver judge magistrate head manager
lady king queen prince princess emir sultan monarch premier chancellor pope cardinal archbishop
bishop imam cleric lawmaker legislator speaker prosecutor
winger forward guard centre center striker goalkeeper keeper defender midfielder scrum-half
fly-half fullback full-back flanker pitcher batsman batter bowler sprinter swimmer cyclist
runner wrestler boxer golfer jockey skipper playmaker teammate pair duo champion medallist
medalist
"""))
#: Person nouns that name an office: a role when written in lowercase ("trade minister").
OFFICE_NOUNS = frozenset(_words("""
minister ambassador envoy commissioner spokesperson spokesman spokeswoman secretary president
director negotiator adviser advisor aide governor mayor chair chairman chairwoman chairperson
administrator commander
senator representative leader chief official speaker premier chancellor prosecutor
"""))
#: Person nouns that are also verbs ("to host World Expo"): only after a name of their own
#: ("CNN host Jane Roe", "Meet the Press host").
VERB_NOUNS = frozenset({"host", "anchor", "chair", "advocate", "coach", "trader", "resident",
                        "worker", "player", "driver"})
FUNCTION_WORDS = frozenset(_words("""
a an the and or but nor of to in on at for with by from as into onto over via vs per amid upon
about after before between during under through than that its
"""))


def title_case(text: str) -> bool:
    """A headline written in title case ("President Trump Brokers Another Historic Peace Deal"):
    no lowercase word but the small function words, unlike any sentence with a verb."""
    words = _WORD.findall(text)
    if not all(w.lower() in FUNCTION_WORDS for w in words if w[0].islower()):
        return False  # most sentences: a lowercase word that is no function word
    return sum(1 for w in words if w[0].isupper() and len(w) > 3) >= 3


_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def is_person_noun(word: str) -> bool:
    """A person noun, also as the head of a compound: "vice-president", "co-founder"."""
    return word in PERSON_NOUNS or word.rsplit("-", 1)[-1] in PERSON_NOUNS


def is_cap(text: str) -> bool:
    return text[:1].isupper() and any(c.islower() for c in text)


#: Regions, which a role names ("Director for Africa") and a name never holds.
REGIONS = frozenset({"Africa", "Asia", "Europe", "Americas", "Oceania", "Caribbean", "Sahel",
                     "Balkans", "Eurasia", "Arctic", "Antarctica", "Maghreb", "Levant"})


@functools.lru_cache(maxsize=8192)  # asked of the same few thousand words all article long
def is_name_word(text: str) -> bool:
    """A word that can be part of a person's name: capitalised, and no role, office or place."""
    if _PREFIXED_NAME.fullmatch(text) or text in GIVEN_NAMES_THAT_ARE_TITLES:
        return True  # "el-Sisi", "al-Sudani", "Amir (Khan)"
    return is_cap(text) and text not in TITLE_WORDS and text not in TITLE_MODIFIERS \
        and text not in NOT_NAMES and text not in OFFICE_WORDS and text not in THING_WORDS \
        and text not in HONORIFICS and text not in REGIONS and not is_place(text) \
        and not ("-" in text and _MODIFIER_COMPOUND.search(text))


#: A compound whose last part makes it a modifier of a noun, never a name: "(Director)
#: General-level (talks)", "Minister-led", "State-owned".
_MODIFIER_COMPOUND = re.compile(r"-(?:level|led|owned|run|based|wide|backed|linked)$")


#: Titles that are also common given names; as a title each is told as one ("the Amir",
#: "Amir of Qatar"), which the title rule reads first.
GIVEN_NAMES_THAT_ARE_TITLES = frozenset({"Amir"})
#: Titles that are also a name's middle word, after a given name: "Hamad Sultan Al Mansoori".
MIDDLE_NAMES_THAT_ARE_TITLES = frozenset({"Sultan"})
_PREFIXED_NAME = re.compile(r"(?:al|el|bin|ibn|abu|ben)-[A-Z][^\W\d_]+")


def is_initial(text: str) -> bool:
    """"R." of "Joseph R. Biden", or a given name written short ("Ma.", "Mohd.")."""
    return (len(text) == 2 and text[0].isupper() and text[1] == ".") or \
        (text.endswith(".") and text[:-1] in GIVEN_NAME_ABBREVIATIONS)


def is_abbreviation(text: str) -> bool:
    letters = text.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def is_place(text: str) -> bool:
    return canonical(text) is not None or text in US_STATES or text in _DIVISION_WORDS


#: The words that make a name a place's: "(Harlan) County", "(Gitega) Province".
_DIVISION_WORDS = frozenset({"County", "Province", "District", "Municipality", "Prefecture",
                             "Governorate", "Oblast", "Parish", "Township", "Borough"})


def is_role_word(text: str) -> bool:
    """A word that belongs to a role: a title, its qualifier, an office or a place."""
    return (text in TITLE_WORDS or text in TITLE_MODIFIERS or text in OFFICE_WORDS
            or is_place(text) or is_abbreviation(text))
