"""SS2 source-identity battery: multi-paragraph invented texts (fictional people and bodies, real places)
in styles the SS batteries did not cover: parliamentary and congressional hearings with several named
witnesses and questioning members, long features where an expert, a worker and an NGO alternate, NGO
report excerpts with coded interviewees, TV packages with a correspondent and interviewees, and agency
stories relaying another agency's sources. Layout as ``battery_sw_cases1``:
(outlet, text, [(fragment, speaker head or None, kind letter, source id)]).

First pass and after-fix numbers: see ``tests/test_attribution_battery_ss2.py``."""

from __future__ import annotations

from battery_sw_cases1 import Case

CASES: list[Case] = [
    # 1 hearing: three witnesses, later by honorific + surname
    (None, "Three witnesses appeared before the House Foreign Affairs Committee on Tuesday.\n\n"
     "Ms. Grace Okoro, director of the Fairtrade Cotton Alliance, said pickers in Uzbekistan were still "
     "sent to the fields by local officials.\n\nMr. Daniel Hirsch, a former customs attorney, testified "
     "that shipments from Xinjiang reached American ports through Vietnam.\n\nDr. Lin Meiqi, a "
     "geographer at Kessler University, said satellite images showed new dormitories beside the mills."
     "\n\nAsked about enforcement, Ms. Okoro replied that audits were announced days in advance. "
     "Mr. Hirsch said the agency lacked the staff to inspect the cargo.",
     [("sent to the fields", "Grace Okoro", "N", "a"), ("reached American ports", "Daniel Hirsch", "N", "b"),
      ("new dormitories", "Lin Meiqi", "N", "c"), ("announced days in advance", "Okoro", "N", "a"),
      ("lacked the staff", "Hirsch", "N", "b")]),
    # 2 hearing: "the witness" after a member's question
    (None, "Senator Paula Reyes asked Tomasz Nowak, a former recruiter, how workers were chosen.\n\n"
     "Nowak said agents in Kathmandu collected fees of up to $3,000 from each man. The witness said the "
     "men signed contracts in a language they could not read.\n\nReyes said the committee would ask the "
     "Labor Department for its files.",
     [("fees of up to $3,000", "Nowak", "N", "a"), ("could not read", "Tomasz Nowak", "N", "a"),
      ("ask the Labor Department", "Reyes", "F", "b")]),
    # 3 parliamentary committee: chair and two witnesses by title
    (None, "The Business and Trade Committee heard from Professor Hannah Whitlock of the University of "
     "Leeds and Inspector Graham Fell of the Gangmasters Unit.\n\nProfessor Whitlock said care workers "
     "on sponsored visas owed their agencies thousands of pounds. The professor said many were afraid "
     "to complain because their visas depended on the employer.\n\nInspector Fell told MPs his team "
     "had opened 40 investigations last year. The inspector said most cases involved unpaid wages.",
     [("thousands of pounds", "Hannah Whitlock", "N", "a"), ("afraid to complain", "professor", "N", "a"),
      ("40 investigations", "Graham Fell", "N", "b"), ("unpaid wages", "inspector", "N", "b")]),
    # 4 hearing: chairman and witness exchange
    (None, "At the hearing, Representative Alan Brooks, the chairman, said the panel had received "
     "complaints about seafood plants in Thailand.\n\nThe first witness, Somchai Rattanakorn, who "
     "worked on a trawler for six years, said the captain kept the crew's documents. Mr. Rattanakorn "
     "said he was beaten when he asked to go home.\n\nBrooks said the committee would publish its "
     "findings in the spring.",
     [("complaints about seafood", "Alan Brooks", "F", "a"), ("kept the crew's documents", "Somchai Rattanakorn",
                                                              "N", "b"),
      ("beaten when he asked", "Rattanakorn", "N", "b"), ("publish its findings", "Brooks", "F", "a")]),
    # 5 hearing: four witnesses, surnames only later
    (None, "The Senate Finance Committee heard four witnesses on Thursday.\n\nJulia Marsh, a lawyer "
     "for the Workers Defense Project, said labour brokers in Guatemala charged illegal fees. Kofi Mensah, "
     "a cocoa farmer from Ghana, said children on nearby farms carried heavy loads. Ruth Adler, an "
     "economist, said import bans had cut shipments by a third. Peter Lund, of the Retail Council, said "
     "companies needed more time to trace their suppliers.\n\nMarsh said the fees often exceeded a "
     "year's pay. Mensah said the children did not go to school. Lund said a ban would raise prices.",
     [("illegal fees", "Julia Marsh", "N", "a"), ("heavy loads", "Kofi Mensah", "N", "b"),
      ("by a third", "Ruth Adler", "N", "c"), ("more time to trace", "Peter Lund", "N", "d"),
      ("exceeded a year's pay", "Marsh", "N", "a"), ("did not go to school", "Mensah", "N", "b"),
      ("raise prices", "Lund", "N", "d")]),
    # 6 parliamentary inquiry: minister and ministry
    (None, "Appearing before the inquiry, Minister Ana Ferreira said the government had tripled the "
     "number of labour inspectors in Mato Grosso.\n\nThe ministry said in a written submission that 1,200 "
     "workers had been freed from ranches since 2020.\n\nFerreira said fines alone would not end the "
     "practice.",
     [("tripled the number", "Ana Ferreira", "F", "a"), ("1,200 workers", "ministry", "F", "b"),
      ("fines alone", "Ferreira", "F", "a")]),
    # 7 hearing: witness and "she" across paragraphs, member by title
    (None, "Ms. Amara Diallo, who worked as a housemaid in Beirut for four years, gave evidence first."
     "\n\nShe said her employer locked her in the flat whenever the family went out.\n\nCongressman "
     "Luis Ortega asked whether she had been paid. She replied that she received nothing for the last "
     "eighteen months.\n\nOrtega said the testimony showed the need for stronger visa protections.",
     [("locked her in the flat", "Amara Diallo", "N", "a"), ("nothing for the last", "Amara Diallo", "N", "a"),
      ("stronger visa protections", "Ortega", "F", "b")]),
    # 8 hearing: body and its director
    (None, "The Clean Supply Institute, a research group in Washington, told the committee that 14 "
     "solar firms relied on polysilicon from Xinjiang.\n\nIts director, Mark Felder, said the group had "
     "traced the material through shipping records. Felder said two firms had since changed suppliers."
     "\n\nThe institute said its full report would be released next month.",
     [("14 solar firms", "Clean Supply Institute", "O", "a"), ("shipping records", "Mark Felder", "N", "b"),
      ("changed suppliers", "Felder", "N", "b"), ("released next month", "institute", "O", "a")]),
    # 9 Lok Sabha style: minister replying to a member
    (None, "Replying to a question in the Lok Sabha, Labour Minister Ravi Shankar Prasanna said 3,400 "
     "bonded labourers had been rescued in Tamil Nadu.\n\nThe member, Kavitha Reddy, said many of them "
     "had never received the promised rehabilitation grant.\n\nThe minister said the grant would be paid "
     "through bank accounts from April.",
     [("3,400 bonded labourers", "Ravi Shankar Prasanna", "F", "a"),
      ("rehabilitation grant", "Kavitha Reddy", "F", "b"), ("bank accounts from April", "minister", "F", "a")]),
    # 10 hearing with an unnamed witness behind a screen
    (None, "A witness identified only as Worker A testified from behind a screen.\n\nWorker A said he "
     "had been recruited in Dhaka with a promise of factory work in Malaysia. The witness said his "
     "passport was taken on arrival.\n\nA second witness, Rahman Chowdhury, a union organiser, said the "
     "factory employed 300 migrants. Chowdhury said none of them held their own passports.",
     [("promise of factory work", "Worker A", "A", "a"), ("passport was taken", "Worker A", "A", "a"),
      ("300 migrants", "Rahman Chowdhury", "N", "b"), ("own passports", "Chowdhury", "N", "b")]),
    # 11 long feature: expert, worker, NGO alternate
    (None, "Arjun Thapa left his village in Nepal at 19 to work on a building site in Doha.\n\n"
     "\"They took my passport on the first day,\" Thapa said.\n\nSuch practices remain common, according "
     "to Dr. Miriam Salo, a migration researcher at the University of Helsinki. Salo said most workers "
     "arrive already in debt.\n\nThe Migrant Rights Forum, a Gulf-based group, said it had recorded 600 "
     "complaints of confiscated passports last year.\n\nThapa said he worked twelve hours a day in the "
     "heat. \"We had no choice,\" he said.\n\nThe researcher said the sponsorship system gave employers "
     "too much power. The forum said new laws had not been enforced.",
     [("took my passport", "Arjun Thapa", "N", "a"), ("arrive already in debt", "Salo", "N", "b"),
      ("600 complaints", "Migrant Rights Forum", "O", "c"), ("twelve hours a day", "Thapa", "N", "a"),
      ("no choice", "Thapa", "N", "a"), ("too much power", "researcher", "N", "b"),
      ("not been enforced", "forum", "O", "c")]),
    # 12 long feature: fisherman, lawyer and the company
    (None, "For three years, Budi Santoso worked on a longliner in the Pacific.\n\nSantoso said the crew "
     "fished for twenty hours a day and were fed rice and bait.\n\nHis lawyer, Maria Lestari of the "
     "Jakarta Legal Aid Institute, said the manning agency had kept his first six months of wages. "
     "The lawyer said the agency still owed him $4,200.\n\nThe vessel's owner, Pacific Harvest Co., said "
     "in a statement that it followed all labour laws. The company said it had not been told of any "
     "complaint.\n\nSantoso said he had not been back to sea.",
     [("twenty hours a day", "Santoso", "N", "a"), ("first six months", "Maria Lestari", "N", "b"),
      ("$4,200", "lawyer", "N", "b"), ("followed all labour laws", "Pacific Harvest Co.", "O", "c"),
      ("told of any complaint", "company", "O", "c"), ("back to sea", "Santoso", "N", "a")]),
    # 13 feature: expert by title alone after long gap
    (None, "Professor Ingrid Halvorsen has studied brick kilns in Punjab for a decade.\n\nWhole families "
     "work at the kilns to pay off advances, Halvorsen said.\n\nNasreen Bibi, who has moulded bricks "
     "since she was eight, said her family owed the kiln owner 200,000 rupees. Bibi said her children "
     "also worked.\n\nThe Bonded Labour Liberation Front said 4 million people worked in kilns across "
     "Pakistan.\n\nThe professor said the debts were often passed from parents to children.",
     [("pay off advances", "Halvorsen", "N", "a"), ("200,000 rupees", "Nasreen Bibi", "N", "b"),
      ("children also worked", "Bibi", "N", "b"), ("4 million people", "Bonded Labour Liberation Front", "O", "c"),
      ("passed from parents", "professor", "N", "a")]),
    # 14 feature: two workers, the other woman
    (None, "Two women who worked at a garment factory in Tiruppur spoke to the newspaper.\n\nLakshmi "
     "Devi, 22, said she had been promised a lump sum at the end of three years. Another woman, Selvi "
     "Murugan, said the hostel gates were locked at night.\n\nDevi said she never received the money. "
     "The other woman said she left after a fire in the hostel.",
     [("lump sum", "Lakshmi Devi", "N", "a"), ("gates were locked", "Selvi Murugan", "N", "b"),
      ("never received the money", "Devi", "N", "a"), ("fire in the hostel", "Selvi Murugan", "N", "b")]),
    # 15 feature: a named worker in the headline
    (None, "'I was sold twice': Ana Morales on her years at a Chiapas coffee farm\n\nAna Morales was 15 "
     "when a recruiter offered her work picking coffee.\n\nMorales said the farm deducted food and rent "
     "from her wages until nothing was left. She said guards stopped workers from leaving.\n\nA priest "
     "who runs a shelter in Tapachula, Father Jorge Ruiz, said he had met dozens of girls with similar "
     "stories. The priest said few went to the police.",
     [("deducted food and rent", "Morales", "N", "a"), ("guards stopped workers", "Ana Morales", "N", "a"),
      ("dozens of girls", "Jorge Ruiz", "N", "b"), ("few went to the police", "priest", "N", "b")]),
    # 16 feature: expert, worker, agency head
    (None, "Sunita Gurung spent two years cleaning offices in Kuala Lumpur.\n\nShe said her agent kept "
     "her salary in a bank account she could not access.\n\nKarim Aziz, head of the Selangor Migrant "
     "Desk, said such accounts were illegal. Aziz said his office had received 90 similar complaints."
     "\n\nGurung said the agent finally paid her half of what she was owed.",
     [("could not access", "Sunita Gurung", "N", "a"), ("accounts were illegal", "Karim Aziz", "N", "b"),
      ("90 similar complaints", "Aziz", "N", "b"), ("half of what", "Gurung", "N", "a")]),
    # 17 feature: economist and her organisation
    (None, "Helen Tran, chief economist at the Mekong Labour Observatory, said wages in the fishing "
     "industry had fallen by a fifth.\n\nThe observatory said in its annual review that half of the crew "
     "it interviewed were in debt to brokers.\n\nTran said debt was the main reason crew stayed on "
     "abusive vessels.",
     [("fallen by a fifth", "Helen Tran", "N", "a"), ("in debt to brokers", "observatory", "O", "b"),
      ("main reason", "Tran", "N", "a")]),
    # 18 feature: the welder, the recruiter
    (None, "A welder from Tashkent described how he was hired for a shipyard in Gdansk.\n\nThe welder "
     "said he paid a recruiter $2,500 for the job. He said the shipyard housed twelve men in one room."
     "\n\nThe recruiter, reached by phone, said the fees covered visas and flights. The recruiter said he "
     "had broken no law.\n\nThe welder said he now works in Warsaw.",
     [("$2,500", "welder", "A", "a"), ("twelve men in one room", "welder", "A", "a"),
      ("covered visas", "recruiter", "A", "b"), ("broken no law", "recruiter", "A", "b"),
      ("now works in Warsaw", "welder", "A", "a")]),
    # 19 NGO report: coded interviewees
    (None, "The report is based on interviews with 46 workers at tea estates in Assam.\n\nInterviewee 12 "
     "said supervisors deducted wages for every day of illness. A 34-year-old woman (Interview 7) said "
     "her daughter was taken to work in Delhi by an agent.\n\nInterviewee 12 added that the estate clinic "
     "charged for medicine.",
     [("every day of illness", "Interviewee 12", "A", "a"), ("taken to work in Delhi", "woman", "A", "b"),
      ("charged for medicine", "Interviewee 12", "A", "a")]),
    # 20 NGO report: pseudonyms
    (None, "Several workers interviewed for this report described threats.\n\nAsha (not her real name), a "
     "domestic worker in Riyadh, said her employer threatened to report her to the police if she left. "
     "Faith, another domestic worker, said she was allowed out of the house once a month.\n\nAsha said she "
     "escaped through a window.",
     [("threatened to report", "Asha", "N", "a"), ("once a month", "Faith", "N", "b"),
      ("through a window", "Asha", "N", "a")]),
    # 21 NGO report: the organisation itself and an interviewee
    (None, "Harvest Watch found that recruitment fees were charged to 80 percent of the pickers it "
     "surveyed.\n\nOne picker, interviewed in Huelva, said the fee was deducted from her first pay. "
     "The picker said she earned less than she had been promised.\n\nHarvest Watch said the growers "
     "had ignored earlier warnings.",
     [("80 percent", "Harvest Watch", "O", "a"), ("deducted from her first pay", "picker", "A", "b"),
      ("less than she had been promised", "picker", "A", "b"), ("earlier warnings", "Harvest Watch", "O", "a")]),
    # 22 NGO report: numbered workers
    (None, "Worker 3, a 28-year-old man from Myanmar, said the boat stayed at sea for eleven months. "
     "Worker 5 said the captain beat crew members who fell asleep.\n\nWorker 3 said he was paid only "
     "when the boat returned to port.",
     [("eleven months", "Worker 3", "A", "a"), ("fell asleep", "Worker 5", "A", "b"),
      ("returned to port", "Worker 3", "A", "a")]),
    # 23 NGO excerpt: researcher and group
    (None, "The Coalition for Fair Mining said children as young as ten worked in cobalt pits near "
     "Kolwezi.\n\nIts lead researcher, Esther Kabila, said the children earned less than a dollar a day. "
     "Kabila said some were injured in tunnel collapses.\n\nThe coalition said it shared its findings "
     "with the buyers.",
     [("as young as ten", "Coalition for Fair Mining", "O", "a"), ("less than a dollar", "Esther Kabila", "N", "b"),
      ("tunnel collapses", "Kabila", "N", "b"), ("shared its findings", "coalition", "O", "a")]),
    # 24 NGO excerpt: two unnamed interviewees, first and second
    (None, "Two former guards at the camp agreed to be interviewed.\n\nThe first, who worked there in "
     "2019, said detainees were made to sew gloves for export. The second said detainees who refused "
     "were put in solitary confinement.\n\nThe first guard said the gloves were packed in boxes with "
     "foreign labels.",
     [("sew gloves", "first", "A", "a"), ("solitary confinement", "second", "A", "b"),
      ("foreign labels", "first", "A", "a")]),
    # 25 NGO report: interviewee codes with letters
    (None, "A 41-year-old man from Chittagong (Interviewee B) said he had worked at a shrimp farm without "
     "pay for two seasons. Interviewee D said she was told her debt would be cleared after the harvest."
     "\n\nInterviewee B said the farm manager kept a ledger of the workers' debts.",
     [("two seasons", "man", "A", "a"), ("after the harvest", "Interviewee D", "A", "b"),
      ("ledger of the workers' debts", "Interviewee B", "A", "a")]),
    # 26 NGO report: union and a member
    (None, "The Sindh Agricultural Workers Union said landlords had held 200 families in debt bondage.\n\n"
     "A union member, Ghulam Abbas, said his family had worked for the same landlord for three "
     "generations. Abbas said the debt had grown each year.\n\nThe union said it would petition the "
     "High Court.",
     [("200 families", "Sindh Agricultural Workers Union", "O", "a"),
      ("three generations", "Ghulam Abbas", "N", "b"), ("grown each year", "Abbas", "N", "b"),
      ("petition the High Court", "union", "O", "a")]),
    # 27 TV package: correspondent and interviewees
    (None, "Our correspondent Laura Kemp reports from Sabah.\n\nKemp said the palm oil estate lies four "
     "hours from the nearest town. A worker who gave his name only as Joko said he had not seen his "
     "family in five years. Joko said the company kept his passport.\n\nThe estate manager said workers "
     "were free to leave at any time.",
     [("four hours from", "Laura Kemp", "N", "a"), ("five years", "Joko", "N", "b"),
      ("kept his passport", "Joko", "N", "b"), ("free to leave", "estate manager", "A", "c")]),
    # 28 TV package: reporter voice and two interviewees
    (None, "In the fields outside Foggia, reporter Marco Bellini met workers from Mali and Senegal.\n\n"
     "One of them, Moussa Keita, said the foreman charged five euros for the ride to the fields. Keita "
     "said he earned about 25 euros a day.\n\nA second man, Ibrahima Sow, said the workers lived in a "
     "shack town without water. Sow said police rarely came.\n\nBellini said the regional government had "
     "promised new housing.",
     [("five euros for the ride", "Moussa Keita", "N", "a"), ("25 euros a day", "Keita", "N", "a"),
      ("without water", "Ibrahima Sow", "N", "b"), ("police rarely came", "Sow", "N", "b"),
      ("promised new housing", "Bellini", "N", "c")]),
    # 29 TV package: anonymous woman with voice disguised
    (None, "A woman who asked that her face not be shown told the programme she had been held in a "
     "massage parlour in Manchester.\n\nShe said the owners took all her earnings to pay off a debt. "
     "The woman said she was moved between cities every few weeks.\n\nDetective Sergeant Claire Hobbs "
     "said such cases were rising. Hobbs said victims were often too frightened to talk.",
     [("held in a massage parlour", "woman", "A", "a"), ("took all her earnings", "woman", "A", "a"),
      ("every few weeks", "woman", "A", "a"), ("cases were rising", "Claire Hobbs", "F", "b"),
      ("too frightened", "Hobbs", "F", "b")]),
    # 30 TV package: the envoy and the minister
    (None, "The EU envoy for human rights, Karin Lindqvist, said in an interview that the bloc would "
     "not accept goods made with forced labour.\n\nThe envoy said member states had agreed on the ban "
     "in principle.\n\nVietnam's deputy trade minister, Nguyen Van Hai, said exporters would comply. "
     "The deputy minister said factories were already audited.",
     [("not accept goods", "Karin Lindqvist", "F", "a"), ("in principle", "envoy", "F", "a"),
      ("would comply", "Nguyen Van Hai", "F", "b"), ("already audited", "deputy minister", "F", "b")]),
    # 31 TV package: crew member and the ship owner
    (None, "The ship has been anchored off Dubai for eight months.\n\nIts chief engineer, Rajesh Nair, "
     "told us the crew had not been paid since March. \"We are running out of water,\" Nair said.\n\n"
     "The owner, Gulf Star Shipping, did not respond to requests for comment. The International Transport "
     "Workers' Federation said it had reported the case to the authorities.\n\nNair said the crew were "
     "not allowed to go ashore.",
     [("not been paid since March", "Rajesh Nair", "N", "a"), ("running out of water", "Nair", "N", "a"),
      ("reported the case", "International Transport Workers' Federation", "O", "b"),
      ("go ashore", "Nair", "N", "a")]),
    # 32 TV package: mother and son
    (None, "Elena Popescu's son went to work on a farm in Lincolnshire and did not come back.\n\nPopescu "
     "said he phoned her once to say his wages were being kept. Her son, Andrei, later told police he "
     "was locked in a caravan at night.\n\nPopescu said she had reported his disappearance to the "
     "Romanian embassy.",
     [("wages were being kept", "Popescu", "N", "a"), ("locked in a caravan", "Andrei", "N", "b"),
      ("Romanian embassy", "Popescu", "N", "a")]),
    # 33 agency relaying another agency's sources
    (None, "Officials in Tamil Nadu rescued 37 workers from a rice mill, the Press Trust of India "
     "reported.\n\nThe district collector, S. Kumaravel, told PTI that the workers had been paid 500 "
     "rupees a week. Kumaravel said the mill owner had been arrested.\n\nA rescued worker told the agency "
     "that the family had borrowed 40,000 rupees from the owner.",
     [("500 rupees a week", "S. Kumaravel", "F", "a"), ("had been arrested", "Kumaravel", "F", "a"),
      ("40,000 rupees", "rescued worker", "A", "b")]),
    # 34 agency relay: Xinhua cited, then a spokesman
    (None, "Chinese state news agency Xinhua quoted a regional official as saying the labour transfer "
     "programme was voluntary.\n\nThe official, Ma Jun, said 50,000 people had found work through the "
     "programme. Ma said workers signed contracts of their own free will.\n\nA spokesman for the foreign "
     "ministry in Beijing said reports of forced labour were lies.",
     [("transfer programme was voluntary", "official", "F", "a"), ("50,000 people", "official", "F", "a"),
      ("own free will", "official", "F", "a"), ("reports of forced labour were lies", "spokesman", "F", "b")]),
    # 35 agency relay: Bernama and a Nepali embassy official
    (None, "Malaysian police raided a glove factory in Klang and detained its manager, the national news "
     "agency Bernama reported.\n\nState police chief Hussein Omar said 150 migrant workers were found "
     "living in containers. Hussein said the workers' passports were found in the manager's office.\n\n"
     "An official at the Nepali embassy said the embassy would help the workers return home.",
     [("living in containers", "Hussein Omar", "F", "a"), ("manager's office", "Hussein", "F", "a"),
      ("return home", "official", "F", "b")]),
    # 36 agency relay: AFP citing a union leader, later the union
    (None, "The union leader, Carlos Mendoza, told AFP that sugar cane cutters in Valle del Cauca were "
     "paid by the tonne and worked without contracts.\n\nMendoza said some cutters had worked 16-hour "
     "days during the harvest.\n\nHis union, Sintracañeros, said it would strike if the mills refused "
     "to negotiate.",
     [("paid by the tonne", "Carlos Mendoza", "N", "a"), ("16-hour days", "Mendoza", "N", "a"),
      ("would strike", "Sintracañeros", "O", "b")]),
    # 37 agency relay: prosecutors and defence
    (None, "Prosecutors in Milan said a logistics company had used subcontractors to hire drivers off "
     "the books, according to the ANSA news agency.\n\nThe prosecutors said the drivers worked up to "
     "14 hours a day. A lawyer for the company, Paolo Riva, said the firm had not known about the "
     "subcontractors' practices. Riva said the company would cooperate with investigators.",
     [("off the books", "Prosecutors", "F", "a"), ("14 hours a day", "prosecutors", "F", "a"),
      ("had not known", "Paolo Riva", "N", "b"), ("cooperate with investigators", "Riva", "N", "b")]),
    # 38 agency: Kyodo citing a ministry and a trainee
    (None, "Japan's Justice Ministry said 9,000 technical trainees went missing from their workplaces "
     "last year, Kyodo News reported.\n\nA Vietnamese trainee who fled a construction site in Gifu told "
     "Kyodo that his supervisor hit him with a spanner. The trainee said he had paid a broker in Hanoi "
     "$8,000.\n\nThe ministry said it would tighten oversight of host companies.",
     [("9,000 technical trainees", "Justice Ministry", "F", "a"), ("hit him with a spanner", "trainee", "A", "b"),
      ("$8,000", "trainee", "A", "b"), ("tighten oversight", "ministry", "F", "a")]),
    # 39 agency: several officials with titles
    (None, "Police Colonel Somsak Chaiyo said 60 Cambodian workers had been found at a fishing port in "
     "Songkhla. The colonel said the workers had been held on boats for months.\n\nProvincial governor "
     "Pracha Wongsa said the province would offer them shelter. The governor said the boat owners would "
     "face charges.",
     [("60 Cambodian workers", "Somsak Chaiyo", "F", "a"), ("held on boats", "colonel", "F", "a"),
      ("offer them shelter", "Pracha Wongsa", "F", "b"), ("face charges", "governor", "F", "b")]),
    # 40 agency: inside story, three anonymous sources
    (None, "Three people familiar with the audit described its findings.\n\nOne, a former auditor at the "
     "firm, said factory managers coached workers before interviews. Another person, who has seen the "
     "report, said the auditors found duplicate time sheets. A third source said the buyer had been told "
     "of the problems in 2021.\n\nThe former auditor said the managers also hid underage workers.",
     [("coached workers", "former auditor", "A", "a"), ("duplicate time sheets", "person", "A", "b"),
      ("told of the problems", "third source", "A", "c"), ("hid underage workers", "former auditor", "A", "a")]),
    # 41 hearing: "the chair" and "the witness" with a named witness and a body
    (None, "Chair Deborah Klein opened the hearing by saying the committee had found gaps in customs "
     "enforcement.\n\nThe witness, Omar Haddad, a former employee of Apex Sourcing, said the company "
     "knew its cotton came from Xinjiang. Haddad said managers told staff to remove the origin labels."
     "\n\nApex Sourcing said in a statement that the claims were false.",
     [("gaps in customs enforcement", "Deborah Klein", "F", "a"), ("knew its cotton", "Omar Haddad", "N", "b"),
      ("origin labels", "Haddad", "N", "b"), ("claims were false", "Apex Sourcing", "O", "c")]),
    # 42 feature: expert referred to as "the anthropologist" and "she"
    (None, "Dr. Rosa Quispe, an anthropologist who has worked in Madre de Dios for a decade, said "
     "girls were recruited from Cusco for bars near the gold mines.\n\nThe anthropologist said the "
     "girls were told they would work as cooks. She said many were under 16.\n\nA police officer in "
     "Puerto Maldonado said raids were rare because the camps were remote.",
     [("recruited from Cusco", "Rosa Quispe", "N", "a"), ("work as cooks", "anthropologist", "N", "a"),
      ("under 16", "Rosa Quispe", "N", "a"), ("camps were remote", "police officer", "F", "b")]),
]
