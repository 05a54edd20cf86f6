"""Third SS battery: sources of one kind told apart and kept through back-references ("the second
woman", "the Dandong source", "the trader", counted sources, "the latter", "she" after a sentence naming
a man and a woman, relays inside a quote, "her husband", a named source later called by role or
surname). Invented texts (fictional people and firms, real places); the expected grouping was written
before the tool was run on them. Same layout as ``battery_sw_cases1``."""

from __future__ import annotations

from battery_sw_cases1 import Case

CASES: list[Case] = [
    # ---- two sources of one kind, told apart by order, trade or place
    (None, "A trader in Dandong said North Korean women sewed uniforms at a factory near the river. A second "
     "trader, who deals in seafood, said the women were not allowed to leave the dormitory. The first trader "
     "said the factory paid the women's wages to a state company. The seafood trader said guards escorted "
     "them to the market once a month.",
     [("sewed uniforms", "trader", "A", "a"), ("leave the dormitory", "second trader", "A", "b"),
      ("to a state company", "trader", "A", "a"), ("once a month", "second trader", "A", "b")]),
    (None, "A source in Dandong said about 300 workers arrived in March. Another source, in Hunchun, said the "
     "workers at his plant had their phones taken. The Dandong source said the workers were housed above the "
     "factory floor. The Hunchun source said no one had been paid since autumn.",
     [("300 workers arrived", "source", "A", "a"), ("phones taken", "Another source", "A", "b"),
      ("above the factory floor", "source", "A", "a"), ("paid since autumn", "Another source", "A", "b")]),
    (None, "A Chinese trader who supplies the camp said the loggers worked from dawn to dark. A Russian "
     "official in Khabarovsk said the camp had a valid licence. The trader said the loggers were fined for "
     "missing quotas.",
     [("dawn to dark", "trader", "A", "a"), ("valid licence", "official", "F", "b"),
      ("missing quotas", "trader", "A", "a")]),
    (None, "Two women who escaped from a karaoke bar in Vientiane spoke to reporters on Monday. The first "
     "woman said the owner kept their passports in a safe. The second woman said she had been told she owed "
     "$2,000. The first woman said the bar's doors were locked from outside at night.",
     [("in a safe", "first woman", "A", "a"), ("owed $2,000", "second woman", "A", "b"),
      ("locked from outside", "first woman", "A", "a")]),
    (None, "A trader who crosses the border at Sinuiju said North Korean workers at a seafood plant in "
     "Donggang were paid nothing directly. A Chinese broker in Donggang said the workers' wages went to "
     "their state company. The trader said the women were allowed out once a month under guard. The broker "
     "said each worker earned about 2,000 yuan a month.",
     [("paid nothing directly", "trader", "A", "a"), ("wages went to", "broker", "A", "b"),
      ("under guard", "trader", "A", "a"), ("2,000 yuan", "broker", "A", "b")]),
    (None, "A woman from Chiang Rai said she was promised work in a restaurant in Osaka. She said she was made "
     "to work in a bar to repay a debt of two million yen. Another woman, from Lampang, said she was sent to "
     "the same bar. The woman from Chiang Rai said the bar's owner kept the keys.",
     [("restaurant in Osaka", "woman", "A", "a"), ("two million yen", "woman", "A", "a"),
      ("the same bar", "Another woman", "A", "b"), ("kept the keys", "woman", "A", "a")]),
    (None, "A source in the provincial labour bureau said inspectors had found 40 children at the kiln. A "
     "second source, a teacher in the village, said the children had stopped coming to school in October. "
     "The bureau source said the kiln's owner was fined.",
     [("40 children", "source", "A", "a"), ("school in October", "second source", "A", "b"),
      ("owner was fined", "source", "A", "a")]),
    (None, "A labour inspector in Bursa said the textile workshop employed 30 Syrian children. A police "
     "inspector in the same city said the workshop's owner had been arrested. The labour inspector said the "
     "children worked 11 hours a day. The police inspector said the owner faced charges of human trafficking.",
     [("30 Syrian children", "labour inspector", "F", "a"), ("had been arrested", "police inspector", "F", "b"),
      ("11 hours a day", "labour inspector", "F", "a"), ("human trafficking", "police inspector", "F", "b")]),
    (None, "A man who worked at the car wash in Birmingham said the owner took half his pay. A woman who "
     "cleaned the owner's house said she was not allowed to leave. The woman said the owner had her "
     "passport. The man said he slept in a back room.",
     [("half his pay", "man", "A", "a"), ("not allowed to leave", "woman", "A", "b"),
      ("had her passport", "woman", "A", "b"), ("back room", "man", "A", "a")]),
    (None, "A woman in Hunchun who works at a seafood plant said her North Korean colleagues were not allowed "
     "to use phones. A woman in Yanji said the workers at her factory handed their wages to a manager. The "
     "Hunchun woman said the North Koreans lived on the fourth floor of the plant.",
     [("use phones", "woman", "A", "a"), ("handed their wages", "woman", "A", "b"),
      ("fourth floor", "woman", "A", "a")]),
    (None, "A worker from Nepal said the company confiscated his passport on arrival in Doha. A worker from "
     "India said he had paid 1,500 dollars to a recruiter. The Nepali worker said his salary was half of "
     "what he was promised. The Indian worker said he slept in a room with 11 other men.",
     [("on arrival in Doha", "worker", "A", "a"), ("1,500 dollars", "worker", "A", "b"),
      ("half of what", "worker", "A", "a"), ("11 other men", "worker", "A", "b")]),
    (None, "A trader in Ruili said Myanmar workers at the jade market were paid only in food. A customs "
     "officer at the border said the workers crossed without permits. The trader said the workers' bosses "
     "kept their identity cards.",
     [("only in food", "trader", "A", "a"), ("without permits", "customs officer", "F", "b"),
      ("identity cards", "trader", "A", "a")]),
    (None, "A source at the factory said the workers were North Korean. Another source said they were from a "
     "state company in Pyongyang. The other source said the workers arrived in March.",
     [("were North Korean", "source", "A", "a"), ("state company in Pyongyang", "Another source", "A", "b"),
      ("arrived in March", "Another source", "A", "b")]),
    (None, "A spokesperson for the Thai labour ministry said the boats had been inspected. A spokesperson for "
     "the fishing association said its members followed the law. The ministry spokesperson said 15 captains "
     "had been fined.",
     [("had been inspected", "spokesperson", "F", "a"), ("followed the law", "spokesperson", "O", "b"),
      ("15 captains", "spokesperson", "F", "a")]),
    (None, "A source at the embassy said 30 domestic workers were in its shelter. A source who declined to be "
     "named said some of the women had been there for a year. The embassy source said the employers had "
     "refused to release their passports.",
     [("in its shelter", "source", "A", "a"), ("there for a year", "source", "A", "b"),
      ("refused to release", "source", "A", "a")]),
    (None, "Daily NK, citing a source in Dandong, reported that 50 workers had been sent home for illness. A "
     "source in Sinuiju said the workers were replaced within a week. The Dandong source said the "
     "replacements were younger women.",
     [("sent home for illness", "source", "A", "a"), ("within a week", "source", "A", "b"),
      ("younger women", "source", "A", "a")]),
    # ---- counted sources, first / second / other / third
    (None, "Three workers at the brick kiln spoke to this newspaper. One said the owner had lent him 40,000 "
     "rupees. Another said his children worked beside him. The third said he had tried to leave and was "
     "beaten. The first worker said the loan had doubled in a year.",
     [("40,000 rupees", "One", "A", "a"), ("worked beside him", "Another", "A", "b"),
      ("was beaten", "third", "A", "c"), ("doubled in a year", "One", "A", "a")]),
    (None, "Two workers from Myanmar at a rubber plantation in Kedah spoke to this paper. One worker said his "
     "wages were paid to the broker. The other worker said he had never seen his contract. The first said "
     "the broker kept his passport too.",
     [("paid to the broker", "worker", "A", "a"), ("seen his contract", "other worker", "A", "b"),
      ("passport too", "worker", "A", "a")]),
    (None, "Two sources at the shipyard described the conditions. The first source said welders worked "
     "12-hour shifts without breaks. The second source said the welders were housed in containers. The "
     "first source said the company held their passports.",
     [("12-hour shifts", "first source", "A", "a"), ("in containers", "second source", "A", "b"),
      ("held their passports", "first source", "A", "a")]),
    (None, "Several women from the Nepal border described the factory in Ludhiana. One of them said they "
     "were never allowed outside the compound. Another said the supervisor took their earnings. A third "
     "said she had been there for four years.",
     [("outside the compound", "One", "A", "a"), ("took their earnings", "Another", "A", "b"),
      ("four years", "third", "A", "c")]),
    (None, "A source in the city government said 200 migrants worked at the construction site. Another "
     "source, a contractor, said the migrants had not been paid since May. The first source said the city "
     "had suspended the building permit.",
     [("200 migrants", "source", "A", "a"), ("since May", "Another source", "A", "b"),
      ("building permit", "source", "A", "a")]),
    (None, "A worker at a palm oil mill in Sabah said he was fined for every day he missed. A second worker "
     "said the mill charged him for his helmet and boots. The first worker said he had not seen his "
     "passport since 2019.",
     [("every day he missed", "worker", "A", "a"), ("helmet and boots", "second worker", "A", "b"),
      ("since 2019", "worker", "A", "a")]),
    (None, "Two guards at the fishing port in Ranong said boats came back with fewer crew than they left "
     "with. Both said the captains paid them to look away. One of the guards said he had seen men chained "
     "to the deck.",
     [("fewer crew", "guards", "A", "a"), ("look away", "guards", "A", "a"),
      ("chained to the deck", "One", "A", "b")]),
    (None, "Four women rescued from the farm in Tunisia said they worked without pay for a year. One woman "
     "said the owner hit her with a stick. The women said they were fed once a day.",
     [("without pay for a year", "women", "A", "a"), ("with a stick", "woman", "A", "b"),
      ("fed once a day", "women", "A", "a")]),
    # ---- latter / former / younger / older
    (None, "Rahim Uddin, a cook, and Selim Khan, a welder, both worked at the shipyard in Chittagong. Uddin "
     "said he was paid half the promised wage. Khan said his contract was in a language he could not read. "
     "The latter said he had signed it at the airport. The former said he still owed the agent money.",
     [("half the promised wage", "Uddin", "N", "a"), ("could not read", "Khan", "N", "b"),
      ("at the airport", "Khan", "N", "b"), ("owed the agent", "Uddin", "N", "a")]),
    (None, "Two sisters from Mandalay, aged 17 and 22, worked at a fish-processing plant in Mahachai. The "
     "younger sister said she was hired without papers. The older sister said the broker held both their "
     "passports. The younger one said they were locked in their room after shifts.",
     [("without papers", "younger sister", "A", "a"), ("both their passports", "older sister", "A", "b"),
      ("after shifts", "younger sister", "A", "a")]),
    (None, "Judge Aylin Demir and prosecutor Murat Kaya both spoke after the hearing. Demir said the "
     "defendants had confiscated 40 passports. Kaya said the state would appeal the sentences. The latter "
     "said the victims had been paid less than the minimum wage.",
     [("40 passports", "Demir", "F", "a"), ("appeal the sentences", "Kaya", "F", "b"),
      ("minimum wage", "Kaya", "F", "b")]),
    (None, "Two brothers from Dak Lak, aged 19 and 25, were found at a cannabis farm in Kent. The younger man "
     "said he was told he owed 20,000 pounds. The older man said they were locked inside the house. The "
     "younger brother said the gang threatened their parents.",
     [("20,000 pounds", "younger man", "A", "a"), ("inside the house", "older man", "A", "b"),
      ("threatened their parents", "younger man", "A", "a")]),
    (None, "Two workers at the quarry, one aged 15 and the other about 60, spoke on condition of anonymity. "
     "The older worker said he had worked there for 30 years to repay his father's debt. The younger worker "
     "said he left school to help his father. The older man said the quarry owner never showed them the "
     "accounts.",
     [("30 years", "older worker", "A", "a"), ("left school", "younger worker", "A", "b"),
      ("showed them the accounts", "older worker", "A", "a")]),
    (None, "Aldwin Foods and Casa Verde both bought tomatoes from the farm. Aldwin Foods said it had stopped "
     "buying in May. Casa Verde said it was not aware of any abuse. The former said it had reported the "
     "farm to the police.",
     [("stopped buying", "Aldwin Foods", "O", "a"), ("aware of any abuse", "Casa Verde", "O", "b"),
      ("to the police", "Aldwin Foods", "O", "a")]),
    # ---- pronouns after a sentence naming a man and a woman; "she added"
    (None, "Leticia Ramos, 34, said she worked 14 hours a day at the packing plant. Her husband, Daniel "
     "Ramos, said the supervisor kept their work permits. She said they were charged for their beds in the "
     "bunkhouse. He said he had asked for the permits twice.",
     [("14 hours a day", "Leticia Ramos", "N", "a"), ("kept their work permits", "Daniel Ramos", "N", "b"),
      ("charged for their beds", "Leticia Ramos", "N", "a"), ("permits twice", "Daniel Ramos", "N", "b")]),
    (None, "\"We slept on the factory floor,\" said Nimmi Perera, a garment worker in Katunayake. Her "
     "brother, Ruwan Silva, who worked on the same line, said the workers were never paid for overtime. "
     "\"The gate was chained every evening,\" she said. Silva said the supervisors kept the key.",
     [("factory floor", "Nimmi Perera", "N", "a"), ("paid for overtime", "Ruwan Silva", "N", "b"),
      ("chained every evening", "Nimmi Perera", "N", "a"), ("kept the key", "Silva", "N", "b")]),
    (None, "A cook at the camp, Hanna Berhe, said the women worked without days off. A guard, Yonas Tesfaye, "
     "said the camp's gate was open in the daytime. She said the gate was locked at night. He said that the "
     "women could leave whenever they wished.",
     [("without days off", "Hanna Berhe", "N", "a"), ("open in the daytime", "Yonas Tesfaye", "N", "b"),
      ("locked at night", "Hanna Berhe", "N", "a"), ("whenever they wished", "Yonas Tesfaye", "N", "b")]),
    (None, "A nurse who treated the workers said several had injuries from beatings. A doctor at the same "
     "clinic said two men had untreated fractures. The nurse said the men were brought in by their "
     "employer. She added that the employer paid the bills in cash.",
     [("injuries from beatings", "nurse", "A", "a"), ("untreated fractures", "doctor", "A", "b"),
      ("brought in by their employer", "nurse", "A", "a"), ("bills in cash", "nurse", "A", "a")]),
    (None, "Grace Achieng said her sister Mercy had worked for a family in Jeddah for two years. \"My sister "
     "was beaten when she asked for her salary,\" she said. Mercy, who returned in March, said she had been "
     "paid for only four months.",
     [("family in Jeddah", "Grace Achieng", "N", "a"), ("asked for her salary", "Grace Achieng", "N", "a"),
      ("only four months", "Mercy", "N", "b")]),
    (None, "Rashid Khan said his cousin Imran had been recruited to work at a farm in Italy. Imran said the "
     "farm's owner took his passport on the first day. He said he worked in the fields from 5am to 8pm.",
     [("farm in Italy", "Rashid Khan", "N", "a"), ("on the first day", "Imran", "N", "b"),
      ("5am to 8pm", "Imran", "N", "b")]),
    (None, "A woman who picked strawberries near Huelva said the foreman withheld her pay for two months. "
     "\"We were told to keep quiet or lose our jobs,\" she said. Her husband, who worked on the same farm, "
     "said the foreman took their passports. The woman said they left after the season without being paid.",
     [("for two months", "woman", "A", "a"), ("keep quiet", "woman", "A", "a"),
      ("took their passports", "husband", "A", "b"), ("without being paid", "woman", "A", "a")]),
    # ---- relays: a deputy passing on a foreman's account, a trader passing on a logger's wife
    (None, "A provincial deputy in Kalimantan said he had visited the plantation twice. \"The foreman told me "
     "that the workers could not leave until their debts were paid,\" the deputy said. He said the company "
     "had not answered his letters.",
     [("plantation twice", "deputy", "F", "a"), ("could not leave until", "foreman", "A", "b"),
      ("answered his letters", "deputy", "F", "a")]),
    (None, "A timber trader in Vladivostok said a logger's wife had told him that her husband had not been "
     "paid for a year. The trader said the loggers were moved between camps by truck. According to the "
     "trader, the wife said the men slept in tents in winter.",
     [("paid for a year", "wife", "A", "b"), ("between camps by truck", "trader", "A", "a"),
      ("tents in winter", "wife", "A", "b")]),
    (None, "A provincial deputy said, citing a foreman at the mine, that the miners were paid in vouchers. The "
     "deputy said he had asked the governor to investigate. The foreman had also told him that the miners' "
     "families were in debt to the company shop, the deputy said.",
     [("paid in vouchers", "foreman", "A", "b"), ("asked the governor", "deputy", "F", "a"),
      ("company shop", "foreman", "A", "b")]),
    (None, "Activist Sunita Rao said a foreman at the quarry had told her that children loaded the trucks at "
     "night. Rao said the quarry's licence had expired in 2021. The foreman also told her that the children "
     "were paid in rice.",
     [("loaded the trucks", "foreman", "A", "b"), ("licence had expired", "Sunita Rao", "N", "a"),
      ("paid in rice", "foreman", "A", "b")]),
    (None, "Union organiser Jana Novak said a worker at the plant told her that the shift managers "
     "confiscated phones. Novak said the union had reported the plant to the labour inspectorate. The "
     "worker also told Novak that overtime was unpaid.",
     [("confiscated phones", "worker", "A", "b"), ("labour inspectorate", "Jana Novak", "N", "a"),
      ("overtime was unpaid", "worker", "A", "b")]),
    (None, "\"The foreman told me the men had not been paid for six months,\" said Deputy Arturo Mendez, who "
     "visited the site. Mendez said the company had promised to pay the wages by June.",
     [("six months", "foreman", "A", "b"), ("wages by June", "Arturo Mendez", "F", "a")]),
    # ---- husbands, wives, relatives
    (None, "A logger's wife in Ust-Kut said her husband's employer had kept his passport. Her husband said he "
     "was made to work in temperatures of minus 40 degrees. The woman said the family had received no money "
     "since January. The woman's husband said the foreman fined him for falling ill.",
     [("kept his passport", "wife", "A", "a"), ("minus 40", "husband", "A", "b"),
      ("since January", "wife", "A", "a"), ("falling ill", "husband", "A", "b")]),
    (None, "A fisherman from Kampot said the boat's captain beat him with a rope. His wife said the family "
     "borrowed money to pay the broker. The fisherman said he was at sea for nine months without landing.",
     [("with a rope", "fisherman", "A", "a"), ("pay the broker", "wife", "A", "b"),
      ("nine months", "fisherman", "A", "a")]),
    # ---- the two / both / group then a member
    (None, "Kofi Mensah and Ama Boateng were recruited in Accra for jobs in a Beirut hotel. Mensah said the "
     "recruiter took his passport at the airport. Boateng said she was made to work in a private house "
     "instead. The two said they had not been paid for five months.",
     [("at the airport", "Mensah", "N", "a"), ("private house", "Boateng", "N", "b"),
      ("five months", "two", "A", "c")]),
    (None, "Farmworkers Pedro Alvarez and Luis Ortega said they were recruited in Oaxaca. Alvarez said the "
     "contractor charged them for transport. Ortega said they were not allowed to leave the camp. Both said "
     "they were threatened with deportation.",
     [("charged them for transport", "Alvarez", "N", "a"), ("leave the camp", "Ortega", "N", "b"),
      ("threatened with deportation", "Both", "N", "c")]),
    (None, "A source in the ministry said the contract had been signed in secret. A source at the company said "
     "the workers were recruited through a state agency. The two sources said the workers would be sent "
     "abroad in groups of 50.",
     [("signed in secret", "source", "A", "a"), ("state agency", "source", "A", "b"),
      ("groups of 50", "two sources", "A", "c")]),
    (None, "A worker at the poultry plant said he was injured on the line and sent home without pay. Another "
     "worker said the plant's managers threatened to call immigration. The two workers said they were paid "
     "less than the minimum wage.",
     [("injured on the line", "worker", "A", "a"), ("call immigration", "Another worker", "A", "b"),
      ("minimum wage", "two workers", "A", "c")]),
    # ---- "another source", "a second source", "the same source", "a source who declined"
    (None, "A source close to the recruitment agency said workers were charged $3,000 each for the visa. The "
     "same source said the fees were paid to a broker in Jakarta. Another source said the agency had sent "
     "200 women to Riyadh last year.",
     [("$3,000 each", "source", "A", "a"), ("broker in Jakarta", "source", "A", "a"),
      ("200 women", "Another source", "A", "b")]),
    (None, "Marta Kowalczyk, who runs a shelter in Wroclaw, said six of the women had come from the same "
     "agency. A source who declined to be named said the agency was owned by a local councillor. Kowalczyk "
     "said the women were afraid to go to the police.",
     [("same agency", "Marta Kowalczyk", "N", "a"), ("local councillor", "source", "A", "b"),
      ("afraid to go", "Kowalczyk", "N", "a")]),
    (None, "A source at the mine said 70 men were sent underground without helmets. A second source said the "
     "men were from Zimbabwe and had no papers. The second source said the mine's owner paid the police.",
     [("without helmets", "source", "A", "a"), ("no papers", "second source", "A", "b"),
      ("paid the police", "second source", "A", "b")]),
    # ---- officials of two bodies; an official and a worker
    (None, "An official at the Ministry of Labour in Phnom Penh said 14 recruitment agencies had lost their "
     "licences. A police officer in Sihanoukville said 60 Cambodians had been rescued from a compound there. "
     "The ministry official said the agencies had charged illegal fees. The officer said the compound's "
     "guards carried electric batons.",
     [("lost their licences", "official", "F", "a"), ("rescued from a compound", "police officer", "F", "b"),
      ("illegal fees", "official", "F", "a"), ("electric batons", "police officer", "F", "b")]),
    (None, "A spokesman for the Malaysian immigration department said 120 workers were detained in the raid. "
     "A worker from Nepal who was among them said his employer had kept his passport for three years. The "
     "spokesman said the employer would be charged. The worker said he had not been paid overtime.",
     [("detained in the raid", "spokesman", "F", "a"), ("for three years", "worker", "A", "b"),
      ("would be charged", "spokesman", "F", "a"), ("paid overtime", "worker", "A", "b")]),
    (None, "An official at the district labour office said the factory had been inspected in June. Worker "
     "Rina Akter said the inspectors never spoke to the workers. The official said the factory had passed "
     "the inspection. Akter said the supervisors coached the workers before visits.",
     [("inspected in June", "official", "F", "a"), ("never spoke to the workers", "Rina Akter", "N", "b"),
      ("passed the inspection", "official", "F", "a"), ("before visits", "Akter", "N", "b")]),
    (None, "The International Labour Organization said forced labour had increased in the region. Qatar's "
     "labour ministry said it had abolished the exit permit for most workers. The ministry said 2,000 "
     "employers had been fined last year. The ILO said enforcement remained weak.",
     [("increased in the region", "International Labour Organization", "O", "a"),
      ("exit permit", "labour ministry", "F", "b"), ("2,000 employers", "ministry", "F", "b"),
      ("enforcement remained weak", "ILO", "O", "a")]),
    (None, "Inspector Kwame Owusu of the Ghana police said 31 children were removed from fishing boats on Lake "
     "Volta. Social welfare officer Abena Asante said the children had been sold by relatives. The inspector "
     "said the boat owners would be prosecuted. Asante said most children would go to shelters.",
     [("31 children", "Kwame Owusu", "F", "a"), ("sold by relatives", "Abena Asante", "F", "b"),
      ("would be prosecuted", "Owusu", "F", "a"), ("go to shelters", "Asante", "F", "b")]),
    (None, "Labour Minister Fatima Zahra said 500 inspectors would be hired. Opposition lawmaker Karim Benali "
     "said the ministry had ignored reports of forced labour for years. The minister said the new inspectors "
     "would visit farms first. The lawmaker said the plan came too late.",
     [("500 inspectors", "Fatima Zahra", "F", "a"), ("ignored reports", "Karim Benali", "F", "b"),
      ("visit farms first", "Zahra", "F", "a"), ("too late", "Benali", "F", "b")]),
    # ---- two firms
    (None, "Sunrise Garments said it had cut ties with the spinning mill in Tirupur. Its buyer, the retailer "
     "Northway Stores, said it had not been told of the problem. Sunrise said the mill had hired girls under "
     "a scheme that withheld wages until the end of a three-year contract. Northway said it would audit all "
     "its suppliers in India.",
     [("cut ties", "Sunrise Garments", "O", "a"), ("told of the problem", "Northway Stores", "O", "b"),
      ("withheld wages", "Sunrise", "O", "a"), ("audit all", "Northway", "O", "b")]),
    (None, "Harbor Seafoods said its supplier in Songkhla had been audited in January. The supplier, Golden "
     "Wave Fishing, said none of its crew were held against their will. Harbor Seafoods said it would suspend "
     "orders if abuse were found. Golden Wave said its crew could leave at any port.",
     [("audited in January", "Harbor Seafoods", "O", "a"), ("against their will", "Golden Wave Fishing", "O", "b"),
      ("suspend orders", "Harbor Seafoods", "O", "a"), ("any port", "Golden Wave", "O", "b")]),
    (None, "The retailer Bellmont said it had found forced labour at a supplier in Malaysia. The manufacturer, "
     "Teknik Glove, said it had repaid recruitment fees to 2,000 workers. The retailer said it would resume "
     "orders only after a new audit. The manufacturer said the audit was already under way.",
     [("supplier in Malaysia", "Bellmont", "O", "a"), ("repaid recruitment fees", "Teknik Glove", "O", "b"),
      ("resume orders", "Bellmont", "O", "a"), ("already under way", "Teknik Glove", "O", "b")]),
    # ---- a named source later called by role or surname
    (None, "Li Mei, a seamstress at a workshop in Prato, said she worked 16 hours a day. Her employer, a "
     "Chinese businessman who asked not to be named, said the hours were voluntary. The seamstress said she "
     "could not leave because her papers were held. The businessman said all his workers had contracts.",
     [("16 hours a day", "Li Mei", "N", "a"), ("were voluntary", "businessman", "A", "b"),
      ("papers were held", "Li Mei", "N", "a"), ("had contracts", "businessman", "A", "b")]),
    (None, "Jonas Petraitis and Tomas Vaitkus, both drivers from Lithuania, were hired by a haulage firm in "
     "Rotterdam. Petraitis said the firm paid them 300 euros a month. Vaitkus said they slept in their cabs "
     "for weeks. Petraitis said the firm deducted fines for late deliveries.",
     [("300 euros", "Petraitis", "N", "a"), ("in their cabs", "Vaitkus", "N", "b"),
      ("late deliveries", "Petraitis", "N", "a")]),
    (None, "Ahmed Karimov, a bricklayer from Samarkand, said he worked on a site in Moscow for eight months "
     "without pay. Site manager Oleg Smirnov said Karimov had been paid in full. The bricklayer said "
     "Smirnov's men took his passport. The manager said the passports were kept in a safe at the workers' "
     "request.",
     [("eight months", "Ahmed Karimov", "N", "a"), ("paid in full", "Oleg Smirnov", "O", "b"),
      ("took his passport", "Ahmed Karimov", "N", "a"), ("workers' request", "Oleg Smirnov", "O", "b")]),
    (None, "Viktor Hrabal, who drives a bus for the farm in Lincolnshire, said the workers' wages were paid "
     "into his employer's account. A farm spokeswoman said the workers had their own bank cards. Hrabal said "
     "he had seen the cards in the office drawer.",
     [("employer's account", "Viktor Hrabal", "N", "a"), ("own bank cards", "spokeswoman", "O", "b"),
      ("office drawer", "Hrabal", "N", "a")]),
    (None, "Two women, Maria Santos and Joy Reyes, said they had worked as domestic helpers in Kuwait. The "
     "first woman said her employer locked her in the kitchen. The second woman said she was not fed for two "
     "days. Santos said she escaped through a window.",
     [("locked her in the kitchen", "Maria Santos", "N", "a"), ("not fed for two days", "Joy Reyes", "N", "b"),
      ("through a window", "Santos", "N", "a")]),
    (None, "Farm worker Teodor Popa said the owner of the farm near Foggia kept his identity card. Another "
     "worker, Ion Rusu, said the owner charged them for water. The first man said he had worked there for "
     "two summers. Rusu said he left after the owner hit him.",
     [("identity card", "Teodor Popa", "N", "a"), ("charged them for water", "Ion Rusu", "N", "b"),
      ("two summers", "Teodor Popa", "N", "a"), ("owner hit him", "Rusu", "N", "b")]),
]
