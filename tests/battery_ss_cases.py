"""SS source-identity battery: multi-paragraph invented texts (fictional people and bodies, real places)
whose sources come back later by surname, title, role, pronoun, acronym or head noun. Same layout as
``battery_sw_cases1``: (outlet, text, [(fragment, speaker head or None, kind letter, source id)]).

First pass (before any fix it prompted): see ``tests/test_attribution_battery_ss.py``."""

from __future__ import annotations

from battery_sw_cases1 import Case

CASES: list[Case] = [
    # 1 feature: expert by surname and by title
    (None, "Dr Adaeze Okafor, a labour economist at the University of Lagos, said recruiters charged "
     "fees equal to a year's wages.\n\nThe fees were often paid by relatives who took out loans, "
     "Okafor said.\n\nA broker in Kano, who asked not to be named, said the fees covered transport. "
     "\"Nobody is forced,\" the broker said.\n\nThe economist disagreed. She said debts kept workers "
     "from leaving.",
     [("fees equal to a year", "Adaeze Okafor", "N", "a"), ("took out loans", "Okafor", "N", "a"),
      ("covered transport", "broker", "A", "b"), ("Nobody is forced", "broker", "A", "b"),
      ("kept workers", "Okafor", "N", "a")]),
    # 2 hearing with two witnesses
    (None, "Giving evidence to the committee, Marek Dvorak, a former site foreman, said the workers "
     "slept in shipping containers.\n\nA second witness, Helena Sykes, a nurse, said she treated men "
     "with untreated burns.\n\nDvorak told the committee the containers had no heating. Sykes said "
     "several of the men were afraid to speak.",
     [("shipping containers", "Marek Dvorak", "N", "a"), ("untreated burns", "Helena Sykes", "N", "b"),
      ("no heating", "Dvorak", "N", "a"), ("afraid to speak", "Sykes", "N", "b")]),
    # 3 inside-source story with two anonymous sources
    (None, "Two people with knowledge of the contracts described the arrangement.\n\nThe first source, "
     "a former manager at the Shenyang plant, said workers' passports were kept in a safe. The second, "
     "a logistics contractor, said buses took the workers to the plant every morning.\n\nThe former "
     "manager said the safe was opened only when workers left for good. The contractor said the drivers "
     "were told not to stop.",
     [("kept in a safe", "first source", "A", "a"), ("buses took", "logistics contractor", "A", "b"),
      ("opened only when", "former manager", "A", "a"), ("told not to stop", "contractor", "A", "b")]),
    # 4 ministry vs spokesperson vs NGO
    (None, "The Ministry of Human Resources said it had inspected 40 dormitories in Johor this year.\n\n"
     "The ministry said fines had been issued to seven employers. A spokesperson for the ministry, "
     "Aiman Razak, said the inspections were unannounced.\n\nThe Johor Migrant Network said the fines "
     "were too small. The group said workers still paid recruitment fees.",
     [("inspected 40 dormitories", "Ministry of Human Resources", "F", "a"),
      ("fines had been issued", "ministry", "F", "a"), ("unannounced", "Aiman Razak", "N", "b"),
      ("too small", "Johor Migrant Network", "O", "c"), ("still paid recruitment", "Johor Migrant Network", "O", "c")]),
    # 5 acronym
    (None, "The International Seafarers Welfare Trust (ISWT) said crews on three vessels had not been "
     "paid for eight months.\n\nThe captain of one vessel, Renato Silva, said the owners had stopped "
     "answering calls.\n\nISWT said the crews were running out of food. Silva said his men were "
     "drinking rainwater.",
     [("eight months", "International Seafarers Welfare Trust", "O", "a"),
      ("stopped answering", "Renato Silva", "N", "b"), ("running out of food", "ISWT", "O", "a"),
      ("drinking rainwater", "Silva", "N", "b")]),
    # 6 pronouns across paragraphs, two women
    (None, "Nguyen Thi Lan, 24, said she was recruited in Nghe An with the promise of factory work.\n\n"
     "Instead, she said, she was sent to a fishing port in Taiwan.\n\nAnother woman, Pham Thu Ha, said "
     "she paid a broker $7,000. The other woman said she was still repaying the loan.\n\nLan said she "
     "wanted to go home.",
     [("promise of factory work", "Nguyen Thi Lan", "N", "a"), ("fishing port", "Nguyen Thi Lan", "N", "a"),
      ("paid a broker", "Pham Thu Ha", "N", "b"), ("still repaying", "Pham Thu Ha", "N", "b"),
      ("wanted to go home", "Lan", "N", "a")]),
    # 7 title alone: the inspector
    (None, "Chief Inspector Tomasz Wilk of the Polish labour inspectorate said the farm in Lublin kept "
     "no records of hours.\n\nThe inspector said workers from Ukraine were paid by the crate. The farm's "
     "owner, Jerzy Bialek, said the workers were paid the legal minimum.\n\nWilk said the case had been "
     "passed to prosecutors.",
     [("kept no records", "Tomasz Wilk", "F", "a"), ("paid by the crate", "inspector", "F", "a"),
      ("legal minimum", "Jerzy Bialek", "N", "b"), ("passed to prosecutors", "Wilk", "F", "a")]),
    # 8 company vs worker
    (None, "Harlan Textiles said in a statement that it had no knowledge of forced overtime at its "
     "supplier in Dhaka.\n\nA sewing machine operator at the supplier, who gave only her first name, "
     "Rokeya, said the doors were locked until the quotas were met.\n\nThe company said it would send "
     "auditors. Rokeya said the auditors were always announced in advance.",
     [("no knowledge of forced", "Harlan Textiles", "O", "a"), ("doors were locked", "Rokeya", "N", "b"),
      ("send auditors", "Harlan Textiles", "O", "a"), ("announced in advance", "Rokeya", "N", "b")]),
    # 9 role-only repeats
    (None, "A welder who worked at the Gdansk shipyard said subcontracted workers were housed ten to a "
     "room.\n\nA cook at the same yard said meals were deducted from pay.\n\nThe welder said his "
     "contract was in a language he could not read. The cook said she had never seen a payslip.",
     [("ten to a room", "welder", "A", "a"), ("meals were deducted", "cook", "A", "b"),
      ("could not read", "welder", "A", "a"), ("never seen a payslip", "cook", "A", "b")]),
    # 10 envoy
    (None, "Ambassador Ruth Kamau, Kenya's envoy to Riyadh, said her embassy had received 300 complaints "
     "from domestic workers this year.\n\nThe envoy said many of the women had their phones taken. "
     "Saudi officials said the complaints were being investigated.\n\nKamau said some women had not "
     "been paid for a year.",
     [("300 complaints", "Ruth Kamau", "F", "a"), ("phones taken", "envoy", "F", "a"),
      ("being investigated", "Saudi officials", "F", "b"), ("not been paid for a year", "Kamau", "F", "a")]),
    # 11 professor
    (None, "Professor Ingrid Solberg, who studies supply chains at the University of Bergen, said "
     "audits missed most cases of debt bondage.\n\nThe professor said auditors rarely spoke to workers "
     "alone. An auditor with Northmark Assurance, Lars Eide, said interviews were done off site.\n\n"
     "Solberg said that was not enough.",
     [("missed most cases", "Ingrid Solberg", "N", "a"), ("rarely spoke", "professor", "N", "a"),
      ("off site", "Lars Eide", "N", "b"), ("not enough", "Solberg", "N", "a")]),
    # 12 Dandong trader
    (None, "A trader in Dandong who deals with North Korean suppliers said seafood plants in the city "
     "employed North Korean women.\n\nThe women were not allowed to leave the dormitories, the trader "
     "said.\n\nA second trader, based in Hunchun, said the women's wages were paid to their managers. "
     "The Dandong trader said the managers kept most of the money.",
     [("employed North Korean women", "trader", "A", "a"), ("leave the dormitories", "trader", "A", "a"),
      ("paid to their managers", "second trader", "A", "b"), ("kept most of the money", "Dandong trader", "A", "a")]),
    # 13 lawyer + police
    (None, "Kwame Mensah, a lawyer representing twelve of the workers, said they had been promised "
     "jobs in a hotel.\n\nPolice in Accra said four people had been arrested.\n\nThe lawyer said his "
     "clients were made to work on a cocoa farm without pay. Police said the investigation was "
     "continuing.",
     [("jobs in a hotel", "Kwame Mensah", "N", "a"), ("four people had been arrested", "Police", "F", "b"),
      ("cocoa farm", "lawyer", "N", "a"), ("investigation was continuing", "Police", "F", "b")]),
    # 14 report/NGO excerpt with body and researcher
    (None, "In a report published on Monday, Fair Harvest Watch said pickers on olive farms in Jaen "
     "worked twelve-hour days.\n\nThe report said workers paid for their own transport.\n\nThe group's "
     "lead researcher, Pilar Ortega, said many workers were afraid of losing their residence permits. "
     "Ortega said she interviewed 60 workers.",
     [("twelve-hour days", "Fair Harvest Watch", "O", "a"), ("own transport", "report", "D", "a"),
      ("residence permits", "Pilar Ortega", "N", "b"), ("interviewed 60", "Ortega", "N", "b")]),
    # 15 headline/caption name
    (None, "Samir Haddad: 'They took everything'\n\nSamir Haddad, a 31-year-old from Tripoli, said he "
     "worked on a construction site in Doha for two years.\n\nHe said his employer kept his passport. "
     "His brother, Karim, said the family borrowed money to pay the agent.\n\nHaddad said he was finally "
     "paid after a court case.",
     [("construction site in Doha", "Samir Haddad", "N", "a"), ("kept his passport", "Samir Haddad", "N", "a"),
      ("borrowed money", "Karim", "N", "b"), ("court case", "Haddad", "N", "a")]),
    # 16 plural group and one member
    (None, "Workers at the Saltwell brick kiln near Lahore said they owed the owner between 50,000 and "
     "200,000 rupees.\n\nThey said the debts passed from parents to children.\n\nOne of the workers, "
     "Bashir Ahmed, said his father had died owing money to the kiln. Ahmed said he had never been "
     "to school.",
     [("owed the owner", "Workers", "A", "a"), ("parents to children", "Workers", "A", "a"),
      ("died owing", "Bashir Ahmed", "N", "b"), ("never been to school", "Ahmed", "N", "b")]),
    # 17 wire with two official bodies
    (None, "Thai police said 64 Cambodian men had been rescued from fishing boats off Songkhla.\n\nThe "
     "men had worked without pay for up to two years, police said.\n\nThe Cambodian embassy in Bangkok "
     "said it would arrange for the men to return home. The embassy said some of the men were ill.",
     [("64 Cambodian men", "Thai police", "F", "a"), ("without pay for up to", "police", "F", "a"),
      ("arrange for the men", "Cambodian embassy", "F", "b"), ("men were ill", "embassy", "F", "b")]),
    # 18 judge and prosecutor
    (None, "Prosecutor Elena Marin told the court in Bucharest that the defendants recruited women with "
     "false offers of work in Italy.\n\nThe prosecutor said the women were made to work in greenhouses "
     "near Ragusa. Defence lawyer Victor Pop said his client had only driven the van.\n\nMarin said the "
     "women's documents were found in the defendant's flat.",
     [("false offers", "Elena Marin", "F", "a"), ("greenhouses", "prosecutor", "F", "a"),
      ("driven the van", "Victor Pop", "N", "b"), ("documents were found", "Marin", "F", "a")]),
    # 19 union + union leader
    (None, "The Cambodian Garment Workers Alliance said factories in Phnom Penh had cut wages during "
     "the pandemic.\n\nIts president, Sokha Chea, said some workers were made to work overtime without "
     "pay.\n\nThe alliance said it had filed complaints with the ministry. Chea said none had been "
     "answered.",
     [("cut wages", "Cambodian Garment Workers Alliance", "O", "a"), ("overtime without pay", "Sokha Chea", "N", "b"),
      ("filed complaints", "alliance", "O", "a"), ("none had been answered", "Chea", "N", "b")]),
    # 20 three sources: mother, teacher, official
    (None, "Maria Quispe said her son left for the gold mines of Madre de Dios at 15.\n\nA teacher in "
     "the village, Jose Huaman, said a dozen boys had left the school that year. The teacher said the "
     "recruiters came in a white truck.\n\nA regional labour official said the mines were hard to "
     "inspect. Quispe said she had not heard from her son in a year.",
     [("gold mines", "Maria Quispe", "N", "a"), ("dozen boys", "Jose Huaman", "N", "b"),
      ("white truck", "teacher", "N", "b"), ("hard to inspect", "labour official", "F", "c"),
      ("not heard from her son", "Quispe", "N", "a")]),
    # 21 Mr/Ms title + surname
    (None, "Grace Otieno, who runs a shelter for returning domestic workers in Nairobi, said most women "
     "arrived without their wages.\n\nMs Otieno said some had been locked in their employers' homes. "
     "Peter Wanjiru, a recruitment agent, said his agency checked every employer.\n\nMr Wanjiru said "
     "complaints were rare.",
     [("without their wages", "Grace Otieno", "N", "a"), ("locked in their employers", "Otieno", "N", "a"),
      ("checked every employer", "Peter Wanjiru", "N", "b"), ("complaints were rare", "Wanjiru", "N", "b")]),
    # 22 the source singular
    (None, "A source at the provincial labour bureau in Guangdong said factory inspections had been "
     "suspended for three months.\n\nThe source said inspectors had been told to avoid certain "
     "districts.\n\nA factory owner in Dongguan said he had never been inspected. The source added that "
     "the order came from the city government.",
     [("suspended for three months", "source", "A", "a"), ("avoid certain districts", "source", "A", "a"),
      ("never been inspected", "factory owner", "A", "b"), ("order came from", "source", "A", "a")]),
    # 23 company spokesman named vs company
    (None, "Bluefin Seafoods said it had stopped buying from the vessel.\n\nA company spokesman, Tom "
     "Harker, said the firm had not known about the abuse.\n\nHarker said Bluefin would pay for the "
     "crew's flights home. The company said it had hired an independent investigator.",
     [("stopped buying", "Bluefin Seafoods", "O", "a"), ("not known about", "Tom Harker", "N", "b"),
      ("flights home", "Harker", "N", "b"), ("independent investigator", "Bluefin Seafoods", "O", "a")]),
    # 24 panel / committee
    (None, "A UN panel of experts said North Korean workers were sent to construction sites in Russia "
     "in breach of sanctions.\n\nThe panel said the workers' earnings went to the state.\n\nA Russian "
     "construction manager in Vladivostok said he employed 40 North Koreans. He said they worked "
     "seven days a week.",
     [("construction sites in Russia", "panel", "O", "a"), ("earnings went", "panel", "O", "a"),
      ("employed 40", "construction manager", "A", "b"), ("seven days a week", "construction manager", "A", "b")]),
    # 25 re-described with more detail
    (None, "One worker said the men were beaten when they asked for their pay.\n\nThe worker, a "
     "23-year-old from Nepal who spoke on condition of anonymity, said he was hit with a pipe.\n\n"
     "Another worker said the supervisor carried a gun. The Nepali worker said he escaped at night.",
     [("asked for their pay", "worker", "A", "a"), ("hit with a pipe", "worker", "A", "a"),
      ("carried a gun", "Another worker", "A", "b"), ("escaped at night", "Nepali worker", "A", "a")]),
    # 26 senator at a hearing
    (None, "Senator Laura Whitcombe said at the hearing that imported shrimp was processed by forced "
     "labour.\n\nDavid Ochoa, an official with the customs agency, said the agency had detained 12 "
     "shipments.\n\nThe senator said the detentions were too few. Ochoa said the agency lacked "
     "inspectors.",
     [("processed by forced", "Laura Whitcombe", "F", "a"), ("detained 12", "David Ochoa", "F", "b"),
      ("too few", "senator", "F", "a"), ("lacked inspectors", "Ochoa", "F", "b")]),
    # 27 mayor
    (None, "The mayor of Foggia, Carla Rinaldi, said thousands of migrant workers lived in informal "
     "camps during the tomato harvest.\n\nThe mayor said the camps had no running water. A farmworker "
     "from Mali, Ibrahim Keita, said the gangmasters took half his pay.\n\nKeita said he worked from "
     "dawn until dark.",
     [("informal camps", "Carla Rinaldi", "F", "a"), ("no running water", "mayor", "F", "a"),
      ("took half his pay", "Ibrahim Keita", "N", "b"), ("dawn until dark", "Keita", "N", "b")]),
    # 28 activist + she
    (None, "Activist Leyla Demir said Syrian children were working in hazelnut orchards near Ordu.\n\n"
     "She said the children earned less than adults. Demir said the labour contractors took a "
     "commission.\n\nA farmer in Ordu, Hasan Yilmaz, said he paid the contractors, not the workers.",
     [("hazelnut orchards", "Leyla Demir", "N", "a"), ("less than adults", "Leyla Demir", "N", "a"),
      ("took a commission", "Demir", "N", "a"), ("paid the contractors", "Hasan Yilmaz", "N", "b")]),
    # 29 two anonymous officials
    (None, "Two officials described the inquiry to this newspaper.\n\nOne official, who works in the "
     "interior ministry, said the inquiry covered 14 farms. The other official said the farms supplied "
     "supermarkets in Germany.\n\nThe interior ministry official said arrests were expected.",
     [("covered 14 farms", "official", "F", "a"), ("supplied supermarkets", "other official", "F", "b"),
      ("arrests were expected", "interior ministry official", "F", "a")]),
    # 30 agency + director
    (None, "Kerala's Overseas Employment Office said 200 nurses had complained about contracts in "
     "Kuwait.\n\nThe office's director, Anil Menon, said some contracts had been changed after "
     "arrival.\n\nThe office said it had blacklisted four agencies. Menon said the nurses' salaries "
     "had been cut by half.",
     [("200 nurses", "Overseas Employment Office", "F", "a"), ("changed after arrival", "Anil Menon", "F", "b"),
      ("blacklisted four", "office", "F", "a"), ("cut by half", "Menon", "F", "b")]),
    # 31 driver and the man
    (None, "A truck driver in Mae Sot said he had carried workers across the border at night.\n\nThe "
     "driver said each worker paid 5,000 baht. A Myanmar migrant, Aung Ko, said he was handed to a "
     "factory owner on arrival.\n\nAung Ko said the owner kept his papers.",
     [("carried workers", "truck driver", "A", "a"), ("5,000 baht", "driver", "A", "a"),
      ("handed to a factory", "Aung Ko", "N", "b"), ("kept his papers", "Aung Ko", "N", "b")]),
    # 32 researcher in NGO excerpt
    (None, "Researchers from Cotton Trace said they had found cotton from Turkmenistan in yarn sold in "
     "Izmir.\n\nThe researchers said public sector workers were forced to pick cotton each autumn.\n\n"
     "A teacher in Dashoguz said she was sent to the fields for six weeks. She said teachers who "
     "refused lost their jobs.",
     [("sold in Izmir", "Cotton Trace", "O", "a"), ("forced to pick cotton", "Researchers", "O", "a"),
      ("six weeks", "teacher", "A", "b"), ("refused lost", "teacher", "A", "b")]),
    # 33 minister
    (None, "Labour Minister Tendai Moyo said the government would raise fines for employers who "
     "withheld wages.\n\nThe minister said 1,200 cases were reported last year.\n\nThe Zimbabwe Farm "
     "Workers Union said most cases were never reported. The union said workers feared eviction from "
     "farm housing.",
     [("raise fines", "Tendai Moyo", "F", "a"), ("1,200 cases", "minister", "F", "a"),
      ("never reported", "Zimbabwe Farm Workers Union", "O", "b"), ("feared eviction", "union", "O", "b")]),
    # 34 he and she alternating
    (None, "Rafael Torres said he was recruited in Guatemala City for a farm in Chiapas.\n\nHis wife, "
     "Ana Torres, said she was told the job paid 300 pesos a day. She said they were paid less than "
     "half.\n\nRafael said the foreman threatened to call immigration.",
     [("farm in Chiapas", "Rafael Torres", "N", "a"), ("300 pesos", "Ana Torres", "N", "b"),
      ("less than half", "Ana Torres", "N", "b"), ("call immigration", "Rafael", "N", "a")]),
    # 35 bishop/priest
    (None, "Father Luis Mendes, a priest who runs a migrant centre in Manaus, said Venezuelan families "
     "were taken to ranches in the interior.\n\nThe priest said some families were kept there by "
     "debts.\n\nThe federal labour prosecutor's office said it had freed 30 people this year. Mendes "
     "said many more were never found.",
     [("ranches in the interior", "Luis Mendes", "N", "a"), ("kept there by debts", "priest", "N", "a"),
      ("freed 30 people", "labour prosecutor's office", "F", "b"), ("never found", "Mendes", "N", "a")]),
    # 36 the two women
    (None, "Two sisters from Sylhet, Rina and Shapla Begum, said they were taken to a house in Dubai.\n\n"
     "Rina said she worked eighteen hours a day. Shapla said she was not allowed to call home.\n\nThe "
     "sisters said their employer paid them only once.",
     [("house in Dubai", "Rina and Shapla Begum", "N", "a"), ("eighteen hours", "Rina", "N", "b"),
      ("call home", "Shapla", "N", "c"), ("paid them only once", "sisters", "N", "a")]),
    # 37 investigator and title-only "the official"
    (None, "An official with the Indonesian fisheries ministry said 500 crew members had been found on "
     "Benjina island.\n\nThe official said many had been held in cages.\n\nA crew member from Myanmar, "
     "Kyaw Min, said he had worked there for seven years. Min said the captain beat him.",
     [("Benjina island", "official", "F", "a"), ("held in cages", "official", "F", "a"),
      ("seven years", "Kyaw Min", "N", "b"), ("captain beat him", "Min", "N", "b")]),
    # 38 company by head noun, ceo
    (None, "Northvale Mining said it had suspended a contractor at its site in Katanga.\n\nThe company's "
     "chief executive, Simon Reeve, said the contractor had hired children.\n\nReeve said the children "
     "had been sent home. Northvale said it would pay for their schooling.",
     [("suspended a contractor", "Northvale Mining", "O", "a"), ("hired children", "Simon Reeve", "N", "b"),
      ("sent home", "Reeve", "N", "b"), ("pay for their schooling", "Northvale", "O", "a")]),
    # 39 pronoun after named later in paragraph
    (None, "Olena Kravets said she answered an advertisement for a cleaning job in Warsaw.\n\nWhen she "
     "arrived, she said, the agent took her passport.\n\nHer friend, Iryna Bondar, said she paid the same "
     "agent 800 euros. Bondar said the agent promised a work permit.\n\nKravets said she never received "
     "a contract.",
     [("advertisement", "Olena Kravets", "N", "a"), ("agent took her passport", "Olena Kravets", "N", "a"),
      ("800 euros", "Iryna Bondar", "N", "b"), ("work permit", "Bondar", "N", "b"),
      ("never received", "Kravets", "N", "a")]),
    # 40 coroner/doctor
    (None, "Dr Samuel Boateng, a doctor at the district hospital in Tamale, said he treated three boys "
     "with injuries from mining pits.\n\nThe doctor said the boys were about twelve. A local chief, "
     "Nana Osei, said the pits were run by men from the city.\n\nBoateng said the boys had not been "
     "paid.",
     [("mining pits", "Samuel Boateng", "N", "a"), ("about twelve", "doctor", "N", "a"),
      ("run by men from the city", "Nana Osei", "N", "b"), ("not been paid", "Boateng", "N", "a")]),
    # 41 organisation then spokeswoman unnamed then org
    (None, "The Gulf Domestic Workers Forum said housemaids in Kuwait were often denied a day off.\n\n"
     "A spokeswoman for the forum said the group received dozens of calls each week.\n\nA Kuwaiti "
     "recruitment agent said employers followed the law. The forum said the law was not enforced.",
     [("denied a day off", "Gulf Domestic Workers Forum", "O", "a"),
      ("dozens of calls", "spokeswoman", "O", "a"), ("followed the law", "recruitment agent", "A", "b"),
      ("not enforced", "forum", "O", "a")]),
    # 42 outlet voice mixed
    (None, "Manuel Reyes, a fisherman from General Santos, said he was kept at sea for 14 months.\n\n"
     "Reyes said the crew were fed fish heads and rice.\n\nThe vessel's owner, Pacific Tide Fisheries, "
     "did not respond to questions. A union organiser, Liza Cruz, said Reyes was one of 20 crew.",
     [("kept at sea", "Manuel Reyes", "N", "a"), ("fish heads", "Reyes", "N", "a"),
      ("one of 20 crew", "Liza Cruz", "N", "b")]),
]
