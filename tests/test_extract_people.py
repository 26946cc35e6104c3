"""People: a name counts only where the text treats it as a person; roles are kept whole."""

from __future__ import annotations

import pytest

from briefgen.extract.people import Person, find_people, same_person, turn_speaker


@pytest.mark.parametrize(
    ("texts", "people"),
    [
        (["White House Press Secretary Karoline Leavitt said so."],
         [Person("Karoline Leavitt", "White House Press Secretary")]),
        (["Chinese President Xi Jinping called."], [Person("Xi Jinping", "President of China")]),
        (["President Joseph R. Biden, Jr. spoke with President Uhuru Kenyatta of Kenya."],
         [Person("Joseph R. Biden, Jr.", "President"),
          Person("Uhuru Kenyatta", "President of Kenya")]),
        (["Prime Minister Mustafa Al-Kadhimi of Iraq met Secretary Blinken."],
         [Person("Mustafa Al-Kadhimi", "Prime Minister of Iraq"),
          Person("Blinken", "Secretary")]),
        (["Israeli Prime Minister Benjamin Netanyahu's office said so."],
         [Person("Benjamin Netanyahu", "Prime Minister of Israel")]),
        (["President Joseph R. Biden, Jr. met President Felix Tshisekedi of the Democratic "
          "Republic of the Congo."],
         [Person("Joseph R. Biden, Jr.", "President"),
          Person("Felix Tshisekedi", "President of the Democratic Republic of the Congo")]),
        (["The President of the United States spoke."], []),
        (["Commission President Ines von der Vola spoke."],
         [Person("Ines von der Vola", "Commission President")]),
        (["Former Nigerian president Ana Diop led the mediation."],
         [Person("Ana Diop", "Former President of Nigeria")]),
        (["Water Minister C.R. Patil said so."], [Person("C.R. Patil", "Water Minister")]),
        (["Water Minister C. R. Patil said so."], [Person("C. R. Patil", "Water Minister")]),
        (["U.S. Trade Representative Ana Diop said so."],
         [Person("Ana Diop", "U.S. Trade Representative")]),
        (["Reform failed under Presidents Ana Diop and Tomas Berg."],
         [Person("Ana Diop", "President"), Person("Tomas Berg", "President")]),
        (["Foreign Ministers Ana Diop, Li Wei and Tomas Berg met."],
         [Person("Ana Diop", "Foreign Minister"), Person("Li Wei", "Foreign Minister"),
          Person("Tomas Berg", "Foreign Minister")]),
        (["Published 4:37 PM GMT+2, February 12, 2026"], []),
        (["The probes were opened by the Directorate General of Trade Remedies."], []),
        (["Minister of Foreign Affairs Prince Faisal bin Nasser attended."],
         [Person("Faisal bin Nasser", "Minister of Foreign Affairs")]),
        (["Deputy Prime Minister and Foreign Minister Senator Tariq Khan will travel to Tarn."],
         [Person("Tariq Khan", "Deputy Prime Minister and Foreign Minister")]),
        (["The talks were attended by Minister of Investment Engineer Majed Harbi."],
         [Person("Majed Harbi", "Minister of Investment")]),
        (["The notes were signed by Mr. Ken Oda, Ambassador Extraordinary and Plenipotentiary of "
          "Arden to Brel."],
         [Person("Ken Oda", "Ambassador Extraordinary and Plenipotentiary of Arden to Brel")]),
        (["The 23rd round of the Arden-Brel Corps Commander Level Meeting was held on Monday."],
         []),
        (["PM Lind met PM Berg."], [Person("Lind", "PM"), Person("Berg", "PM")]),
    ],
)
def test_a_title_before_a_name_makes_a_person_with_that_role(texts, people):
    assert find_people(texts) == people


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Deputy Press Secretary Ann Mole briefed reporters.",
         Person("Ann Mole", "Deputy Press Secretary")),
        ("She met Deputy National Security Advisor Tom Vane today.",
         Person("Tom Vane", "Deputy National Security Advisor")),
        ("They were joined by Secretary of State Lena Ortiz.",
         Person("Lena Ortiz", "Secretary of State")),
        ("Deputy Director of Public Prosecution Eva Lund said the evidence was weak.",
         Person("Eva Lund", "Deputy Director of Public Prosecution")),
        ("Minister of Regional Development Ana Ruiz met the envoys.",
         Person("Ana Ruiz", "Minister of Regional Development")),
        ("He spoke with Prime Minister of Japan Ken Oda on Monday.",
         Person("Ken Oda", "Prime Minister of Japan")),
        ("The talks included Assistant Secretary for Near Eastern Affairs Rita Cole.",
         Person("Rita Cole", "Assistant Secretary for Near Eastern Affairs")),
        ("Participants heard from Department of the Interior Secretary Ada Lind.",
         Person("Ada Lind", "Department of the Interior Secretary")),
        ("He was joined by U.S. Ambassador to Chile Sam Reyes.",
         Person("Sam Reyes", "U.S. Ambassador to Chile")),
        ("The delegation included Mayor of Tucson, Arizona, Rosa Vega.",
         Person("Rosa Vega", "Mayor of Tucson, Arizona")),
        ("The Minister of Education, Science and Sport, Rūta Vilkė, presented the trophy.",
         Person("Rūta Vilkė", "Minister of Education, Science and Sport")),
        ("He conveyed an invitation from the Ardenian Foreign Minister to Foreign Minister Ganga "
         "Bahadur Thapa-Magar to visit Arden.",
         Person("Ganga Bahadur Thapa-Magar", "Foreign Minister")),
        ("He met Niger's Minister of Foreign Affairs, Cooperation and Nigeriens Abroad, Hamidou "
         "Zakari Ousmane, in Algiers.",
         Person("Hamidou Zakari Ousmane", "Niger's Minister of Foreign Affairs, Cooperation and "
                "Nigeriens Abroad")),
        ("The Minister of Foreign Affairs, International Trade and Worship of the Argentine "
         "Republic, Federico Iturraspe Lanús, met her in Colonia.",
         Person("Federico Iturraspe Lanús", "Minister of Foreign Affairs, International Trade "
                "and Worship of the Argentine Republic")),
        ("The envoy met Foreign Minister and Deputy Prime Minister Omar Haddad.",
         Person("Omar Haddad", "Foreign Minister and Deputy Prime Minister")),
        ("President Lee thanked His Holiness Pope Clement for the audience.",
         Person("Clement", "Pope")),
        ("President Lee met His Majesty King Omar II of Jordan.",
         Person("Omar II", "King of Jordan")),
        ("His Royal Highness Crown Prince Faisal bin Khalid spoke.",
         Person("Faisal bin Khalid", "Crown Prince")),
        ("The Crown Prince Faisal bin Khalid welcomed the visitors.",
         Person("Faisal bin Khalid", "Crown Prince")),
        ("First Lady Nora Hale visited the school.", Person("Nora Hale", "First Lady")),
        ("Under-Secretary-General DiMarco opened the session.",
         Person("DiMarco", "Under-Secretary-General")),
        ("Prime Minister Sir Colin Moss arrived.", Person("Colin Moss", "Prime Minister")),
        ("Canada’s Trade Minister Lise Roy warned of levies.",
         Person("Lise Roy", "Trade Minister of Canada")),
        ("At the invitation of the King of Sorland, His Majesty Olav, she came.",
         Person("Olav", "King of Sorland")),
        ("The Prime Minister of Japan, His Excellency Ken Oda, arrived.",
         Person("Ken Oda", "Prime Minister of Japan")),
        ("The President of Arden, H.E. Mr Ken Oda, arrived.",
         Person("Ken Oda", "President of Arden")),
        ("Joint Statement of President Vera of Chile Announcing a Truce",
         Person("Vera", "President of Chile")),
        ("The minister met the Foreign Minister of Sri Lanka, Mr. Ravi Perera, on Monday.",
         Person("Ravi Perera", "Foreign Minister of Sri Lanka")),
        ("South Korean President Lee Jae-sun spoke first.",
         Person("Lee Jae-sun", "President of South Korea")),
        ("North Korean leader Kim Jong Un watched the launch.",
         Person("Kim Jong Un", "Leader of North Korea")),
        ("New Zealand Prime Minister Chris Lund said so.",
         Person("Chris Lund", "Prime Minister of New Zealand")),
        ("The Chancellor and Prime Minister Ravi Modi will discuss trade.",
         Person("Ravi Modi", "Prime Minister")),
        ("U.S. envoy Mark Dane said progress was made.",
         Person("Mark Dane", "Envoy of the United States")),
        ("The President received at Sorland Palace President Ada Lind of Arden.",
         Person("Ada Lind", "President of Arden")),
        ("The talks were led by Ambassador-at-Large Rashad Omar.",
         Person("Rashad Omar", "Ambassador-at-Large")),
        ("Q: Will President Ada Lind attend the summit in July?",
         Person("Ada Lind", "President")),
        ("OSLO, May 2 Agency - Danish Foreign Minister Ole Berg arrived today.",
         Person("Ole Berg", "Foreign Minister of Denmark")),
        ("\"We will not sign,\" said Ethiopian Water and Energy Minister Abel Tesfaye.",
         Person("Abel Tesfaye", "Water and Energy Minister of Ethiopia")),
        ("The Trade and Industry Minister Lise Roy spoke.",
         Person("Lise Roy", "Trade and Industry Minister")),
        ("Germany and Foreign Minister Lise Roy spoke.", Person("Lise Roy", "Foreign Minister")),
        ("It was signed by Minister of Energy His Royal Highness Prince Faisal bin Saud.",
         Person("Faisal bin Saud", "Minister of Energy")),
        ("It was signed by Minister of Hajj and Umrah Dr. Ali bin Saleh Al-Otaibi.",
         Person("Ali bin Saleh Al-Otaibi", "Minister of Hajj and Umrah")),
        ("The talks were attended by Saudi Ambassador to Arden Mr. Omar Al-Amoudi.",
         Person("Omar Al-Amoudi", "Saudi Ambassador to Arden")),
        ("The Official Visit to Brazil of the Minister of External Relations of Angola, Ana "
         "Neto, ended.", Person("Ana Neto", "Minister of External Relations of Angola")),
        ("It was co-chaired by Deputy Prime Minister and Minister of Foreign Affairs Tran Quang "
         "Hieu of Viet Nam.", Person("Tran Quang Hieu", "Deputy Prime Minister and Minister of "
                                                        "Foreign Affairs of Viet Nam")),
        ("Minister of Foreign Affairs Ana Neto of Kenya spoke.",
         Person("Ana Neto", "Minister of Foreign Affairs of Kenya")),
    ],
)
def test_roles_are_kept_whole_with_their_qualifiers(sentence, person):
    assert person in find_people([sentence])


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Sorland’s trade minister, Ines Vola, said the levies would stay.",
         Person("Ines Vola", "Trade Minister of Sorland")),
        ("Hamas official Basem Naim told reporters the group had accepted the proposal.",
         Person("Basem Naim", "Hamas Official")),
        ("“It is a signal,” said Tuvalu’s ambassador, Mele Aso.",
         Person("Mele Aso", "Ambassador of Tuvalu")),
        ("EU fisheries commissioner Rita Nell said the bloc was ready.",
         Person("Rita Nell", "EU Fisheries Commissioner")),
        ("Norwegian fisheries minister Eva Lind spoke first.",
         Person("Eva Lind", "Fisheries Minister of Norway")),
        ("The dictator Nico Varga fled.", Person("Nico Varga", None)),
        ("According to Foreign Ministry spokesperson Lin Mao, the talks were candid.",
         Person("Lin Mao", "Foreign Ministry Spokesperson")),
        ("State Department spokesman Matt Reyes said the talks were useful.",
         Person("Matt Reyes", "State Department Spokesman")),
        ("Opposition leader Ana Sol is expected to be sworn in.",
         Person("Ana Sol", "Opposition Leader")),
        ("The head of the CIA, Will Berns, is expected in Doha.",
         Person("Will Berns", "Head of the CIA")),
        ("Officials including deputy foreign minister Lee Min-ho attended.",
         Person("Lee Min-ho", "Deputy Foreign Minister")),
        ("Dr Amina Yusuf, the health minister, spoke first.",
         Person("Amina Yusuf", "health minister")),
        ("Mr Sato told parliament that the deal was done.", Person("Sato", None)),
        ("Kosovo Prime Minister Arben Kraja met the envoys.",
         Person("Arben Kraja", "Prime Minister of Kosovo")),
        ("President Ida Ruto hosted her Tanzanian counterpart, Sami Hassan, in Nairobi.",
         Person("Sami Hassan", "President of Tanzania")),
        ("“The facts speak louder,” Tesfa Alemu, Ethiopia’s chief negotiator, told reporters.",
         Person("Tesfa Alemu", "Ethiopia’s chief negotiator")),
        ("Aziz Al-Harthi, the GCC's assistant secretary general, said the talks went well.",
         Person("Aziz Al-Harthi", "GCC's assistant secretary general")),
        ("The new envoy, Elena Cortes, a former Colombian deputy foreign minister, arrived.",
         Person("Elena Cortes", "former Colombian deputy foreign minister")),
        ("A Lima-based political analyst, Rosa Quispe, said Peru was in no hurry.",
         Person("Rosa Quispe", "Lima-based political analyst")),
        ("Peruvian Foreign Minister Ana Rey met her Chilean counterpart Sami Mora, the first "
         "visit to Peru by a Chilean minister since the rupture.",
         Person("Sami Mora", "Foreign Minister of Chile")),
        ("Council chair Helena Virtanen thanked councillors for the long evening.",
         Person("Helena Virtanen", "Council Chair")),
        ("Committee chairperson Anna Berg opened the session.",
         Person("Anna Berg", "Committee Chairperson")),
        ("The head of the delegation, presidential aide Ivan Kostin, said Tarn was ready.",
         Person("Ivan Kostin", "Presidential Aide")),
        ("The delegation met trade minister Anna Berg in Tarn.",
         Person("Anna Berg", "Trade Minister")),  # "met" is no part of her office
        ("The envoy met Anna Berg, the speaker of parliament.",
         Person("Anna Berg", "speaker of parliament")),
        ("The Minister of Foreign Affairs, Amb. Anna Berg, opened the session.",
         Person("Anna Berg", "Minister of Foreign Affairs")),  # "Amb." is a courtesy
    ],
)
def test_a_role_in_the_lowercase_of_news_agencies_is_read_as_a_role(sentence, person):
    assert person in find_people([sentence])


def test_a_counterpart_named_in_the_next_sentence_holds_the_same_office_in_their_state():
    people = find_people(["Peruvian Foreign Minister Elena Castro told reporters.",
                          "Her Bolivian counterpart, Marco Quispe, said talks would resume."])
    assert Person("Marco Quispe", "Foreign Minister of Bolivia") in people


@pytest.mark.parametrize(
    ("host", "office"),
    [
        ("The Secretary of Foreign Affairs, Ana Luz Robles,", "Secretary of Foreign Affairs"),
        ("Ana Luz Robles, the Foreign Minister of Peru,", "Foreign Minister"),
        ("Ana Luz Robles, Peruvian Minister of Agriculture,", "Minister of Agriculture"),
        ("The Foreign Minister, Ana Luz Robles,", "Foreign Minister"),
    ],
)
def test_a_counterpart_holds_the_office_with_its_portfolio_not_its_state(host, office):
    people = find_people([f"{host} received her Bolivian counterpart, Marco Quispe, in Lima."])
    assert Person("Marco Quispe", f"{office} of Bolivia") in people
    people = find_people([f"{host} received her Bolivian counterpart, Hon. Marco Quispe."])
    assert Person("Marco Quispe", f"{office} of Bolivia") in people


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("The lead negotiator will be Wu Ming, Vice Premier of the State Council, and others.",
         Person("Wu Ming", "Vice Premier of the State Council")),
        ("The US side will be led by Carl Berg, United States Trade Representative.",
         Person("Carl Berg", "United States Trade Representative")),
        ("President of the Republic of Korea, Min Jae Park, and his delegation arrived.",
         Person("Min Jae Park", "President of the Republic of Korea")),
        ("The envoy met He Tao, Minister of Commerce, in the capital.",
         Person("He Tao", "Minister of Commerce")),
        ("Mr. Jon Kettle joined the delegation.", Person("Jon Kettle", None)),
        ("Maria Lopez said the talks went well.", Person("Maria Lopez", None)),
        ("“We are ready,” said Maria Lopez.", Person("Maria Lopez", None)),
        ("The force captured dictator Ramon Ortega and his wife.",
         Person("Ramon Ortega", None)),
        ("Vice President JD Crane spoke.", Person("JD Crane", "Vice President")),
        ("Rep. Dana Kerr (D-OR) joined the call.", Person("Dana Kerr", "Rep.")),
        ("The session heard from Lena Ortiz, executive director of the Harbor Trust.",
         Person("Lena Ortiz", "executive director of the Harbor Trust")),
        ("Guests included Ana Ruiz, President and CEO of the Harbor Housing Alliance; and more.",
         Person("Ana Ruiz", "President and CEO of the Harbor Housing Alliance")),
        ("- Omar Haddad, Harbor Housing Council", Person("Omar Haddad", "Harbor Housing Council")),
        ("Special Envoy Lena Ortiz and Sam Reyes met the delegation.", Person("Sam Reyes", None)),
        ("The plan, led by Sam Reyes, who chairs the board, passed.", Person("Sam Reyes", None)),
        ("Jane Roe thanked her team for the work.", Person("Jane Roe", None)),
        ("Sam Reyes and Special Envoy Lena Ortiz met the delegation.", Person("Sam Reyes", None)),
        ("Rao met his Chilean counterpart Pablo Serra on Monday.", Person("Pablo Serra", None)),
        ("A government spokesman, Tomasz Nowak, declined to comment.",
         Person("Tomasz Nowak", "Government Spokesman")),
        ("The bloc’s foreign policy chief, Elena Voss, spoke first.",
         Person("Elena Voss", "Foreign Policy Chief")),
        ("Analyst Mei Tanaka of the Asia Institute called the pact symbolic.",
         Person("Mei Tanaka", None)),
        ("According to Juan Perez, the talks had stalled.", Person("Juan Perez", None)),
        ("The talks were chaired by Juan Perez.", Person("Juan Perez", None)),
        ("In a statement, Juan Perez welcomed the decision.", Person("Juan Perez", None)),
        ("The hosts led at the break, and winger Tavita Lemalu crossed twice.",
         Person("Tavita Lemalu", None)),
        ("The session heard His Excellency Mr. Omar Saleh, Secretary-General of the Council, "
         "first.", Person("Omar Saleh", "Secretary-General of the Council")),
        ("The session was chaired by His Excellency Omar Saleh.", Person("Omar Saleh", None)),
        ("The court dropped the case against Harbor Press co-founder Lena Berg.",
         Person("Lena Berg", None)),
        ("Raksha Mantri Shri Rajnath Singh welcomed the delegation.",
         Person("Rajnath Singh", "Raksha Mantri")),
        ("The European Union's special envoy, Karl Ott, attended the talks.",
         Person("Karl Ott", "Special Envoy of the European Union")),
        ("The envoy will meet army chief Gen. Omar Bashir Idris in Kel.",
         Person("Omar Bashir Idris", "General")),
        ("Trade Secretary Ma. Cristina Reyes signed the pact.",
         Person("Ma. Cristina Reyes", "Trade Secretary")),
        ("Minister Mohd. Azmi Hassan met Adviser Md. Touhid Rana.",
         Person("Md. Touhid Rana", "Adviser")),
        ("The council met, chaired by the High Representative for Foreign Affairs and the "
         "Minister of Foreign Affairs of Brel, Tomas Vale.",
         Person("Tomas Vale", "Minister of Foreign Affairs of Brel")),
    ],
)
def test_an_apposition_an_honorific_or_a_reporting_verb_also_makes_a_person(sentence, person):
    assert person in find_people([sentence])


@pytest.mark.parametrize(
    "sentence",
    [
        "The Biden-Harris Administration announced new funding.",
        "Officials from the Department of Energy and the Small Business Administration attended.",
        "The Emergency Declaration President Moss approved covers the coast.",
        "General Provisions apply to both parties.",
        "The General Assembly adopted the resolution.",
        "He looked forward to welcoming the Chancellor to Oslo for the UK-Germany summit.",
        "The Golden Harbor Agreement announced on Monday takes effect in May.",
        "President Prime Minister",
        "Tourism Minister Statement",
        "Guests included Ana Ruiz, Executive Director, Harbor Homes Coalition; and others.",
        "The kingdom will host World Expo in 2030.",
        "Ambassador Jane Roe and Home Depot signed the pledge.",
        "Acme Motors thanked its workers.",
        "The official Ali Hamdan told Al Jazeera the group remains committed.",
        "South Africa welcomed the decision.",
        "Viet Nam and Norway signed the agreement.",
        "Operation Silent Harbor led to the capture of Venezuelan dictator and indicted "
        "smuggler Tomás Rivera and his wife, while Operation Red Tide sank two boats.",
        "Amnesty International said on Tuesday that more than 100 protesters had died.",
        "Wisma Putra said in a statement that the visit had been postponed.",
        "Downing Street said the call with the chancellor had been constructive.",
    ],
)
def test_organisations_documents_and_places_are_not_people(sentence):
    named = [p.name for p in find_people([sentence])]
    assert all(word not in name for name in named
               for word in ("Administration", "Department", "Provisions", "Assembly",
                            "Agreement", "Prime", "Statement", "Declaration", "Coalition",
                            "Expo", "Depot", "Acme", "Jazeera", "Africa", "Nam", "Operation",
                            "International", "Putra", "Downing"))


@pytest.mark.parametrize(
    ("headline", "body", "name"),
    [
        ("President Donald J. Trump Brings Home Historic Deal",
         "President Donald J. Trump secured a deal that brings home jobs.", "Donald J. Trump"),
        ("First Lady Ana Ruiz Addresses U.N. Security Council Championing Peace",
         "First Lady Ana Ruiz opened the meeting.", "Ana Ruiz"),
        ("President Moss Brokers Another Historic Peace Deal",
         "The President brokers a deal; President Moss thanked the leaders.", "Moss"),
    ],
)
def test_a_title_case_headline_names_only_what_the_article_writes(headline, body, name):
    people = find_people([headline, body])
    assert [p.name for p in people] == [name]


def test_a_sentence_full_of_names_is_not_read_as_a_headline():
    people = find_people(["Special Envoy Lena Ortiz and Sam Reyes met Ivan Petrov Monday."])
    assert [p.name for p in people] == ["Lena Ortiz", "Sam Reyes"]


def test_later_mentions_fold_into_the_fullest_name_and_role():
    people = find_people([
        "Readout of President Joe Biden’s Call with Prime Minister Ava Stone",
        "President Joseph R. Biden, Jr. spoke today with Prime Minister Ava Stone of Norway.",
        "Press Secretary Lu Chen briefed.", "White House Press Secretary Lu Chen added more.",
        "Mr. Chen said so."])
    assert people == [Person("Joseph R. Biden, Jr.", "President"),
                      Person("Ava Stone", "Prime Minister of Norway"),
                      Person("Lu Chen", "White House Press Secretary")]


def test_a_role_that_holds_another_only_inside_a_word_is_no_fuller_form_of_it():
    people = find_people(["Chair Lu Chen briefed.", "Chairman Lu Chen added more."])
    assert people == [Person("Lu Chen", "Chair")]


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Trump", "Donald J. Trump", True), ("Joe Biden", "Joseph R. Biden, Jr.", True),
        ("Jill Biden", "Joe Biden", False), ("Gustavo Petro", "Gustavo Petro Urrego", True),
    ],
)
def test_same_person(one, other, same):
    assert same_person(one, other) is same


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("MR. KERRIGAN: Good afternoon, everyone.", "Kerrigan"),
     ("MS. O’NEAL: Thank you.", "O’Neal"), ("Q: Thanks, Jake.", None),
     ("SPOKESPERSON ANA LUCIA PEREIRA: Good morning.", "Ana Lucia Pereira"),
     ("Mr. Kerrigan: said nothing", None)],
)
def test_a_transcript_turn_names_its_speaker(text, speaker):
    assert turn_speaker(text) == speaker


def test_a_transcript_speaker_is_a_person():
    assert find_people(["National Security Advisor Kim Rhee spoke.",
                        "MR. RHEE: Good afternoon."]) == [
        Person("Kim Rhee", "National Security Advisor")]


def test_a_country_before_an_honorific_and_a_name_is_not_a_person():
    found = find_people(["He met the Foreign Minister of Sri Lanka, Mr. Ravi Perera, today."])
    assert [p.name for p in found] == ["Ravi Perera"]


def test_a_transcript_label_with_nothing_before_its_comma_names_no_one():
    assert find_people(["Good afternoon."], (", ARVIND MENON", "Q")) == []


@pytest.mark.parametrize("label", ["ARVIND MENON, OFFICIAL SPOKESPERSON",
                                   "OFFICIAL SPOKESPERSON, ARVIND MENON",
                                   "Official Spokesperson Arvind Menon",
                                   "Official Spokesperson, Shri Arvind Menon"])
def test_a_speaker_a_transcript_introduces_with_a_role_is_a_person(label):
    assert find_people(["Good afternoon."], (label, "Q")) == [
        Person("Arvind Menon", "Official Spokesperson")]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The Undersecretary of Trade, Ana Ruiz, and the Minister for Foreign Affairs and "
         "Regional Integration of Togo, Kofi Mensah-Adu, met.",
         [Person("Ana Ruiz", "Undersecretary of Trade"),
          Person("Kofi Mensah-Adu",
                 "Minister for Foreign Affairs and Regional Integration of Togo")]),
        ("The Minister of African Integration and Foreign Affairs, Mr Amadou Fall, spoke.",
         [Person("Amadou Fall", "Minister of African Integration and Foreign Affairs")]),
        ("It included the Director for Asia and the Pacific, Lena Berg.",
         [Person("Lena Berg", "Director for Asia and the Pacific")]),
        ("According to Deputy Prime Minister Siniša Mali, the deal is worth 1.2 billion euros.",
         [Person("Siniša Mali", "Deputy Prime Minister")]),
        ("It was chaired by Carmelo R. Santiago, Secretary for Foreign Affairs of Peru.",
         [Person("Carmelo R. Santiago", "Secretary for Foreign Affairs of Peru")]),
        ("A UN official in Port Sudan told AFP the convoy could leave.", []),
        ("Cambodian Minister of Commerce Cham Nimul and Thai Commerce Minister Suphajee "
         "Suthumpun signed the memorandum.",
         [Person("Cham Nimul", "Cambodian Minister of Commerce"),
          Person("Suphajee Suthumpun", "Commerce Minister of Thailand")]),
        ("Minister of Foreign Affairs of Trinidad and Tobago Amery Browne spoke.",
         [Person("Amery Browne", "Minister of Foreign Affairs of Trinidad and Tobago")]),
        ("PM Shehbaz Sharif welcomed the agreement.", [Person("Shehbaz Sharif", "PM")]),
        ("The delegation was led by Jal Shakti Secretary Debashree Mukherjee.",
         [Person("Debashree Mukherjee", "Jal Shakti Secretary")]),
        ("The President of Côte d’Ivoire, Alassane Ouattara, spoke.",
         [Person("Alassane Ouattara", "President of Côte d’Ivoire")]),
        ("At the invitation of the President of the Republic of Côte d'Ivoire, the President of "
         "Ghana paid a visit.", []),
        ("He called the Prime Minister of Malaysia, Datuk Seri Idris Rahman, on Monday.",
         [Person("Idris Rahman", "Prime Minister of Malaysia")]),
        ("The talks were co-chaired by Malaysian Foreign Minister Datuk Seri Haji Idris Haji Md "
         "Rahman.", [Person("Idris Haji Md Rahman", "Foreign Minister of Malaysia")]),
        ("The delegation was led by Foreign Minister Yang Berhormat Dato Seri Awang Haji Ali "
         "Haji Rahman.", [Person("Ali Haji Rahman", "Foreign Minister")]),
        ("The delegation was led by Deputy Interior Minister Mawlawi Abdul Karim Noori.",
         [Person("Abdul Karim Noori", "Deputy Interior Minister")]),
        ("Omar Diallo, the World Bank's vice-president for Africa, said so.",
         [Person("Omar Diallo", "World Bank's vice-president for Africa")]),
        ("Mediator Ruth Banda, a former judge, told reporters nothing.",
         [Person("Ruth Banda", "former judge")]),
        ("The meeting was chaired by the Prime Minister of Vanuatu, the Honourable Moses "
         "Tarilongi.", [Person("Moses Tarilongi", "Prime Minister of Vanuatu")]),
        ("Hiroshi Takeda, head of the Nemuro fisheries cooperative, said so.",
         [Person("Hiroshi Takeda", "head of the Nemuro fisheries cooperative")]),
        ("They recalled the Memorandum on the Demarcation of the Land Boundary signed in 2000.",
         []),
        ("Statement by the Spokesman for the Presidency", []),
        ("The deal was brokered by Qatar's Prime Minister Sheikh Mohammed Al Thani.",
         [Person("Mohammed Al Thani", "Prime Minister of Qatar")]),
        ("Abdullah Ocalan, the jailed PKK leader, called for disarmament.",
         [Person("Abdullah Ocalan", "jailed PKK leader")]),
        ("At the invitation of the Prime Minister of Thailand, Mr. Pakorn Rattanasiri, the Prime "
         "Minister of Cambodia, Samdech Sok Vannarith, paid an official visit to Thailand.",
         [Person("Pakorn Rattanasiri", "Prime Minister of Thailand"),
          Person("Sok Vannarith", "Prime Minister of Cambodia")]),
        ("Grace Mugabe, the former first lady, attended.",
         [Person("Grace Mugabe", "former first lady")]),
        ("Speaking at the Gandhi Memorial, the minister laid a wreath.", []),
        ("Jane Roe, executive director of the Harbor Trust, said so.",
         [Person("Jane Roe", "executive director of the Harbor Trust")]),
        ("Eric Nduwimana, a farmer from Bugendana commune, said the land was taken.",
         [Person("Eric Nduwimana", "farmer from Bugendana commune")]),
        ("Amir of the State of Ruritania HH Sheikh Omar bin Zayed Al Nahyan",
         [Person("Omar bin Zayed Al Nahyan", "Amir of the State of Ruritania")]),
        ("The Minister of Foreign Affairs of Freedonia Ms. Ana Lopes opened the session.",
         [Person("Ana Lopes", "Minister of Foreign Affairs of Freedonia")]),
        ("Georgia's Border Troops said the crossing was shut.", []),
        ("They agreed on a police centre for the 2030 World Cup, which the two countries will "
         "co-host.", []),
        ("The navies will survey the Tarn Reefs, a pair of largely submerged atolls south of "
         "Brel.", []),
        ("It was signed by Minister of Foreign Affairs Eirik Holmsen and Viet Nam's Minister of "
         "Foreign Affairs Pham Thi Lan.",
         [Person("Eirik Holmsen", "Minister of Foreign Affairs"),
          Person("Pham Thi Lan", "Minister of Foreign Affairs")]),
        ("Ryota Kanzaki, Japan's State Minister for Foreign Affairs, signed it.",
         [Person("Ryota Kanzaki", "Japan's State Minister for Foreign Affairs")]),
        ("The Chief of Defence Staff, Admiral Tom Berg, said so.",
         [Person("Tom Berg", "Chief of Defence Staff")]),
        ("The Supreme Allied Commander Europe, General Ana Lopes, briefed them.",
         [Person("Ana Lopes", "Supreme Allied Commander Europe")]),
        ("It was chaired by Omar Al Hadi, Under-Secretary for Trade at the Ministry of Economy, "
         "and Ravi Nair, Additional Secretary in Freedonia's Department of Commerce.",
         [Person("Omar Al Hadi", "Under-Secretary for Trade at the Ministry of Economy"),
          Person("Ravi Nair", "Additional Secretary in Freedonia's Department of Commerce")]),
        ("It was signed by Lithuania's Minister of Transport and Communications Vaidas "
         "Grigalauskas.",
         [Person("Vaidas Grigalauskas", "Lithuania's Minister of Transport and Communications")]),
        ("He met Egypt's Minister of Investment and Foreign Trade Hossam El-Din Rashwan.",
         [Person("Hossam El-Din Rashwan", "Egypt's Minister of Investment and Foreign Trade")]),
        ("A villager told Caucasus Wire by telephone that the road was shut.", []),
        ("President His Highness Sheikh Omar bin Zayed received the envoy.",
         [Person("Omar bin Zayed", "President")]),
    ],
)
def test_roles_with_regions_honorifics_and_owners_and_no_person_in_an_institution(text, people):
    assert find_people([text]) == people


def test_a_name_ending_like_an_office_s_noun_is_still_a_name():
    assert Person("Clement Vane", None) in find_people(["Clement Vane said the port was open."])


def test_a_verb_after_a_name_and_a_comma_is_no_role():
    found = find_people(["Turkey's top diplomat, Hakan Fidan, met his Iranian counterpart "
                         "Abbas Araghchi."])
    assert [p.name for p in found] == ["Hakan Fidan", "Abbas Araghchi"]
    assert all(p.role is None or "met" not in p.role for p in found)


def test_a_role_then_its_body_s_short_form_then_the_name_is_one_person():
    found = find_people(["The delegation included the Commissioner of the National Migration "
                         "Institute (INM), Patricia Olvera Cifuentes."])
    assert found == [Person("Patricia Olvera Cifuentes",
                            "Commissioner of the National Migration Institute")]


def test_a_place_before_an_apposed_role_is_not_a_person():
    found = find_people(["On Tuesday, in Puerto Limon, the Minister of Trade, Ana Mora, "
                         "signed the deal."])
    assert found == [Person("Ana Mora", "Minister of Trade")]


def test_a_thing_described_by_its_status_is_not_a_person():
    assert find_people(["Brel welcomed Arden's joining of the Global Methane Pledge, its "
                        "status as a founding member of the Producers Forum, and its plans."]) == []


@pytest.mark.parametrize("sentence", [
    "The matter was discussed at the Director General-level talks held in Tarn last month.",
    "The talks were held at the Secretary-level meeting in Tarn.",
    "The Minister-led delegation arrived in Tarn.",
])
def test_a_compound_that_modifies_a_noun_is_no_name(sentence):
    assert find_people([sentence]) == []


def test_a_turn_s_role_and_name_make_a_person():
    assert find_people(["Good morning."], ("SPOKESPERSON ANA LUCIA DIOP", "Q")) == [
        Person("Ana Lucia Diop", "Spokesperson")]


def test_a_turn_s_honorific_is_no_role():
    assert find_people(["Good morning."], ("MS. ANA LUCIA DIOP", "Q")) == [
        Person("Ana Lucia Diop", None)]


@pytest.mark.parametrize(
    ("texts", "names"),
    [
        (["Mara Ilic won the final in three sets.", "“It was hard,” Ilic said."], ["Mara Ilic"]),
        (["Tomas J. Vrba led the talks.", "“We are close,” said Vrba."], ["Tomas J. Vrba"]),
        (["The Danube Commission met in Vienna.", "“We are close,” Vienna said."], []),
        (["Talks resumed.", "“We are close,” Ilic said."], []),
    ],
)
def test_a_full_name_quoted_later_by_surname_alone_is_a_person(texts, names):
    assert [p.name for p in find_people(texts)] == names


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Brel’s ambassador to Japan Mara Ilic has said so.",
         Person("Mara Ilic", "Ambassador of Brel to Japan")),
        ("Envoy to Kenya Tomas Vrba resigned.", Person("Tomas Vrba", "Envoy to Kenya")),
    ],
)
def test_an_envoy_named_after_the_state_of_their_post_is_a_person_with_that_post(text, person):
    assert find_people([text]) == [person]


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("According to Deputy Prime Minister Ilja Varga, the mechanism is ready.",
         [Person("Ilja Varga", "Deputy Prime Minister")]),
        ("Thanks to Foreign Minister Mara Lind, the talks resumed.",
         [Person("Mara Lind", "Foreign Minister")]),
        ("Special Envoy to the Sahel Tomas Reyes arrived.",
         [Person("Tomas Reyes", "Special Envoy to the Sahel")]),
        ("Kenyan President Amani Otieno and his Somali counterpart Hassan Sheikh Farah met.",
         [Person("Amani Otieno", "President of Kenya"),
          Person("Hassan Sheikh Farah", "President of Somalia")]),
    ],
)
def test_a_role_begins_at_its_title_and_a_name_may_hold_a_title_word(sentence, people):
    assert find_people([sentence]) == people


def test_a_region_s_word_that_opens_the_next_role_ends_the_office_before_it():
    assert find_people(["Present were Minister of Finance Kofi Mensah and Central Bank Governor "
                        "Ama Addo."]) == [Person("Kofi Mensah", "Minister of Finance"),
                                          Person("Ama Addo", "Central Bank Governor")]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Greta Holm, the European Commission president, hailed the deal.",
         Person("Greta Holm", "European Commission president")),
        ("Faisal bin Khalid, the crown prince, hosted the talks.",
         Person("Faisal bin Khalid", "crown prince")),
        ("Olaf Berg, the German chancellor, arrived.", Person("Olaf Berg", "German chancellor")),
    ],
)
def test_a_role_set_off_after_a_name_may_name_its_institution_or_a_crown(sentence, person):
    assert find_people([sentence]) == [person]


def test_a_counterpart_known_by_one_name_is_a_person_with_the_office_of_the_other():
    assert find_people(["Foreign Minister Ana Lind held talks with her Indonesian counterpart, "
                        "Sugiono, in Jakarta."]) == [
        Person("Ana Lind", "Foreign Minister"),
        Person("Sugiono", "Foreign Minister of Indonesia")]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Officials said Amir Hamzah would attend.", Person("Amir Hamzah", None)),
        ("The Amir of Qatar, Sheikh Tamim bin Hamad Al Thani, arrived.",
         Person("Tamim bin Hamad Al Thani", "Amir of Qatar")),
    ],
)
def test_amir_is_a_given_name_unless_it_is_told_as_a_title(sentence, person):
    assert find_people([sentence]) == [person]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("It was attended by Hamad Sultan Al Mansoori, Assistant Minister for Trade.",
         Person("Hamad Sultan Al Mansoori", "Assistant Minister for Trade")),
        ("Sultan Omar bin Tarik received the minister.", Person("Omar bin Tarik", "Sultan")),
        ("The Sultan of Sorland, Omar bin Tarik, received him.",
         Person("Omar bin Tarik", "Sultan of Sorland")),
    ],
)
def test_sultan_after_a_given_name_is_part_of_the_name(sentence, person):
    assert find_people([sentence]) == [person]


@pytest.mark.parametrize(
    ("texts", "people"),
    [
        (["Border reopens", "Chilean Interior Minister Carolina Tohá said Santiago would not "
          "cover the cost alone."], [Person("Carolina Tohá", "Interior Minister of Chile")]),
        (["Storm hits coast", "Governor of North Carolina Roy Cooper said the storm had caused "
          "damage across the state."], [Person("Roy Cooper", "Governor of North Carolina")]),
    ],
)
def test_a_word_of_a_state_of_two_words_may_be_a_given_name(texts, people):
    assert find_people(texts) == people


@pytest.mark.parametrize(
    ("texts", "names"),
    [
        (["Talks held", "The President condemned the arbitrary detention of Michael Kovrig and "
          "Michael Spavor."], ["Michael Kovrig", "Michael Spavor"]),
        (["Talks held", "They called for the release of Alexei Navalny."], ["Alexei Navalny"]),
        (["Talks held", "They called for the release of Palestinian Authority funds."], []),
    ],
)
def test_a_name_after_what_is_done_only_to_people_is_a_person(texts, names):
    assert [p.name for p in find_people(texts)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The minister met Samuel Ablakwa.", ["Samuel Ablakwa"]),
        ("The president received Samuel Ablakwa at State House.", ["Samuel Ablakwa"]),
        ("He met Goldman Sachs executives.", []),  # a name before a noun names a firm's people
        ("She thanked Sindh Province for its support.", []),
    ],
)
def test_a_full_name_someone_met_or_received_is_a_person(sentence, names):
    assert [p.name for p in find_people([sentence])] == names


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Mr. TANAKA Kenji, Minister for Foreign Affairs of Japan, met the delegation.",
         Person("Tanaka Kenji", "Minister for Foreign Affairs of Japan")),
        ("He welcomed H.E. Mr. Daniyar SEITOV, Minister of Foreign Affairs.",
         Person("Daniyar Seitov", "Minister of Foreign Affairs")),
        ("She invited Prime Minister ISHIDA Takeo to Astana.",
         Person("Ishida Takeo", "Prime Minister")),
    ],
)
def test_a_surname_in_capitals_after_a_title_is_a_name_as_a_foreign_ministry_writes_it(
        sentence, person):
    assert person in find_people([sentence])


def test_an_acronym_after_a_title_is_no_surname():
    assert find_people(["The Secretary NATO appointed spoke on Monday."]) == []


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("He conveyed an invitation from President Omar Saleh for Prime Minister Ana Lopes to "
         "visit.", "Prime Minister"),
        ("It came from President Omar Saleh of Kenya for Foreign Minister Ana Lopes.",
         "Foreign Minister"),
    ],
)
def test_a_title_after_another_persons_name_is_the_whole_role(sentence, role):
    assert Person("Ana Lopes", role) in find_people([sentence])


def test_two_titled_people_joined_by_and_keep_their_own_roles():
    sentence = ("The talks brought together Arvish State Minister for Foreign Affairs Tomas Ruiz "
                "and Somali Minister of State for Foreign Affairs Omar Saleh.")
    assert [(p.name, p.role) for p in find_people([sentence])] == [
        ("Tomas Ruiz", "Arvish State Minister for Foreign Affairs"),
        ("Omar Saleh", "Somali Minister of State for Foreign Affairs")]


def test_a_phrase_set_off_after_a_name_is_no_role_when_it_opens_with_a_preposition():
    sentence = ("She received the Minister of Foreign Affairs of Kenya, Mr. Tomas Ruiz, on an "
                "official visit to Peru.")
    assert find_people([sentence]) == [Person("Tomas Ruiz", "Minister of Foreign Affairs of "
                                                            "Kenya")]


@pytest.mark.parametrize("sentence", ["Jane Roe, National Security Adviser, spoke first.",
                                      "It was attended by Jane Roe, National Security Adviser; "
                                      "and senior officials."])
def test_a_role_set_off_after_a_name_may_open_with_national(sentence):
    assert Person("Jane Roe", "National Security Adviser") in find_people([sentence])


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("The Minister for Development and Diaspora, Jane Roe, will travel to Ghana.",
         Person("Jane Roe", "Minister for Development and Diaspora")),
        ("The Minister of State, Ciarán Ó Dálaigh TD, will travel to Ghana.",
         Person("Ciarán Ó Dálaigh", "Minister of State")),
        ("Ciarán Ó Dálaigh TD, Minister of State, will travel to Ghana.",
         Person("Ciarán Ó Dálaigh", "Minister of State")),
    ],
)
def test_a_name_set_off_after_its_role_is_read_whole_with_its_particles_and_seat(sentence,
                                                                                person):
    assert find_people([sentence]) == [person]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("The talks were led by former President Ibrahima Fall.", "Former President"),
        ("The talks were led by former Kenyan President Ibrahima Fall.",
         "Former President of Kenya"),
    ],
)
def test_a_former_office_stays_former(sentence, role):
    assert find_people([sentence]) == [Person("Ibrahima Fall", role)]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("The Council heard H.E. Ambassador Jane Roe, Commissioner for Political Affairs, first.",
         "Commissioner for Political Affairs"),
        ("The Council heard H.E. Ambassador Jane Roe first.", "Ambassador"),
    ],
)
def test_an_ambassadors_office_set_off_after_the_name_is_the_role_and_no_style_is(sentence, role):
    assert find_people([sentence]) == [Person("Jane Roe", role)]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("It was attended by His Excellency Eng. Omar Saleh, Minister of State.",
         Person("Omar Saleh", "Minister of State")),
        ("Park chairman Tan Sri Dr Lim Kok Seng said the park was full.",
         Person("Lim Kok Seng", None)),
        ("Tan Wei Ming said the park was full.", Person("Tan Wei Ming", None)),
    ],
)
def test_engineer_and_tan_sri_are_styles_of_address_not_names(sentence, person):
    assert find_people([sentence]) == [person]


@pytest.mark.parametrize("text", ["Minister to", "The Special Adviser to"])
def test_a_title_and_to_ending_a_text_name_no_one(text):
    assert find_people([text]) == []


def test_a_headlines_verb_after_a_title_is_no_name():
    texts = ["Crown Prince Receives Brazilian Foreign Minister",
             "His Royal Highness Prince Omar Saleh, Crown Prince, received today at his office in "
             "Riyadh His Excellency Mr. Ana Lopes, Minister of Foreign Affairs of Brazil."]
    assert [p.name for p in find_people(texts)] == ["Omar Saleh", "Ana Lopes"]
    assert find_people(texts)[1].role == "Minister of Foreign Affairs of Brazil"


@pytest.mark.parametrize("sentence", [
    "The envoy for the dispute, Juan Pablo Lindqvist, will visit Lima.",
    "The special envoy for Sudan, Juan Pablo Lindqvist, will visit Lima.",
])
def test_a_name_set_off_after_a_person_noun_and_its_complement_is_a_person(sentence):
    assert [p.name for p in find_people([sentence])] == ["Juan Pablo Lindqvist"]


@pytest.mark.parametrize(("sentence", "role"), [
    ("Arden's ambassador to Brel, Tesfaye Alemu, said the deal would be signed.",
     "Ambassador of Arden to Brel"),
    ("The spokesman for the ministry, Ahmed Hassan, declined to comment.",
     "Spokesman for the ministry"),
    ("Arden's minister for trade, Joseph Kamau, said the talks were useful.",
     "Minister for trade of Arden"),
    ("The party, whose spokesman in Arville, Juan Vives Carrasco, said so, objected.",
     "Spokesman in Arville"),
])
def test_an_office_with_its_complement_set_off_before_a_name_is_its_role(sentence, role):
    assert [p.role for p in find_people([sentence])] == [role]


@pytest.mark.parametrize(("sentence", "person"), [
    ("He handed the chairmanship of the Authority to President Kofi Mensah of Ghana.",
     Person("Kofi Mensah", "President of Ghana")),
    ("Kenya's Minister of Finance, Mrs. Halima Okafor, is to chair a committee on the matter.",
     Person("Halima Okafor", "Kenya's Minister of Finance")),
])
def test_neither_a_body_before_to_nor_a_verb_after_a_name_is_part_of_a_role(sentence, person):
    assert find_people([sentence]) == [person]


def test_an_office_before_a_comma_named_with_its_holder_is_not_the_next_persons():
    people = find_people(["Speakers: Deputy Government Spokesperson Ida Holm, Dr Lars Berg "
                          "(Foreign Office)"])
    assert Person("Lars Berg", "Deputy Government Spokesperson Ida Holm") not in people
    assert Person("Ida Holm", "Deputy Government Spokesperson") in people


@pytest.mark.parametrize(("sentence", "role"), [
    ("Deputy Minister of Foreign Affairs Ambassador Ayse Kara will visit Mogadishu.",
     "Deputy Minister of Foreign Affairs"),
    ("Deputy Ambassador Ayse Kara will visit Mogadishu.", "Deputy Ambassador"),
    ("Foreign Secretary of the Government of Nepal Ambassador Ayse Kara led the delegation.",
     "Foreign Secretary of the Government of Nepal"),
])
def test_an_ambassadors_rank_after_an_office_is_no_part_of_the_role(sentence, role):
    assert find_people([sentence]) == [Person("Ayse Kara", role)]


@pytest.mark.parametrize(("sentence", "role"), [
    ("Marta Lind, the U.N. special envoy for the Great Lakes region, chaired the sessions.",
     "U.N. special envoy for the Great Lakes region"),
    ("Marta Lind, the U.N. secretary-general’s special envoy for the region, chaired them.",
     "U.N. secretary-general’s special envoy for the region"),
])
def test_a_lowercase_role_set_off_after_a_name_may_hold_an_abbreviation_and_a_possessive(
        sentence, role):
    assert find_people([sentence]) == [Person("Marta Lind", role)]


def test_an_office_set_off_before_an_ambassadors_name_is_the_role():
    sentence = "The Minister of Foreign Affairs, Ambassador Helena Prado, received the delegation."
    assert find_people([sentence]) == [Person("Helena Prado", "Minister of Foreign Affairs")]


@pytest.mark.parametrize(("sentence", "person"), [
    ("His Royal Highness Prince Omar bin Saleh, Crown Prince and Prime Minister, received the "
     "minister.", Person("Omar bin Saleh", "Crown Prince and Prime Minister")),
    ("The talks were attended by Prince Harry.", Person("Harry", "Prince")),
])
def test_a_princes_office_set_off_after_the_name_is_the_role(sentence, person):
    assert person in find_people([sentence])


def test_a_name_joined_by_and_to_a_person_named_in_full_is_a_person_too():
    people = find_people(["Ana Diop had a telephone conversation with President Tomas Berg.",
                          "Ana Diop and Tomas Berg also exchanged views on the Tarn Valley and "
                          "Brel."])
    assert people == [Person("Tomas Berg", "President"), Person("Ana Diop", None)]


def test_a_county_or_province_that_said_something_is_no_person():
    people = find_people(["Commissioner Tom Reyes of Harlan County said the program had helped.",
                          "Gitega Province said it would comply."])
    assert people == [Person("Tom Reyes", "Commissioner of Harlan County")]


@pytest.mark.parametrize("sentence", [
    "They signed a Joint Statement of the President of Kazakhstan and the President of Mongolia "
    "on Deepening the Strategic Partnership.",
    "A message from the Minister of Finance on Strengthening Public Accounts was read out.",
])
def test_the_subject_of_a_documents_title_after_an_office_is_no_name(sentence):
    assert find_people([sentence]) == []
