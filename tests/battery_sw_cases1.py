"""First SW attribution battery: short invented texts (fictional people and bodies, real places).

Each case is (outlet, text, expectations); an expectation is (fragment, speaker head or None for the
outlet's voice, kind letter, source id). Kind letters: A anonymous_source, N named_person,
O organization, F official, U outlet, D document. Same source id = same source.

First pass (before the fixes it prompted): speaker wording 0.908 (139/153), kinds 0.824, same source F1
0.941. After the fixes: speaker 0.974, same source 1.000 (expectations aligned on two conventions after
the first pass: "said one" after a group is a new source, and "Both" / "Several" after a group take the
group's wording)."""

from __future__ import annotations

Case = tuple[str | None, str, list[tuple[str, str | None, str, str]]]

CASES: list[Case] = [
    # ---- wire-service shapes
    (None, "Guards at the brick kiln beat workers who tried to leave, the agency said, citing a local "
     "labour inspector.", [("beat workers", "labour inspector", "F", "a")]),
    (None, '"We were locked in at night," Tomas Reyko told AFP by telephone from Bangkok.',
     [("locked in at night", "Tomas Reyko", "N", "a")]),
    (None, "The fishermen had not been paid for eleven months, Kyodo News reported, citing a "
     "maritime official in Busan.", [("not been paid", "maritime official", "F", "a")]),
    (None, "Workers at the plant had their passports taken on arrival, Xinhua said, quoting a county "
     "spokesman.", [("passports taken", "county spokesman", "F", "a")]),
    (None, "Recruits paid fees of up to $4,000 to brokers, according to a report by the Mekong "
     "Migrant Network released on Tuesday.", [("paid fees", "Mekong Migrant Network", "O", "a")]),
    (None, "Dozens of workers were confined to the compound, Interfax reported, citing an unnamed "
     "source in the regional prosecutor's office.", [("confined to the compound", "source", "A", "a")]),
    (None, "Reuters, citing two people familiar with the matter, reported that the miners were kept "
     "in debt to the company store.", [("kept in debt", "two people familiar", "A", "a")]),
    (None, "Yonhap, quoting a government source, said the laborers worked 16 hours a day without "
     "rest.", [("16 hours a day", "government source", "A", "a")]),
    # ---- said X of Y / inverted
    (None, '"They were never allowed out," said Irina Velsk of the Baltic Labour Observatory.',
     [("never allowed out", "Irina Velsk", "N", "a")]),
    (None, '"Wages were withheld for months," said a spokeswoman for the Ministry of Labour.',
     [("Wages were withheld", "spokeswoman", "F", "a")]),
    (None, "Pay was docked for every hour of sick leave, said Omar Haddani, an organiser with the "
     "Rabat Workers Union.", [("Pay was docked", "Omar Haddani", "N", "a")]),
    (None, "The women slept on the factory floor, says Leila Moradi, who visited the site in March.",
     [("slept on the factory floor", "Leila Moradi", "N", "a")]),
    # ---- told a briefing / told X that
    (None, "Zhou Wenbin told a press conference that no worker at the farm had been forced to stay.",
     [("no worker at the farm", "Zhou Wenbin", "F", "a")]),
    (None, "Ana Petrescu told reporters in Bucharest that the agency had kept the workers' identity "
     "cards.", [("identity cards", "Ana Petrescu", "N", "a")]),
    (None, "A foreman told investigators that the gates were locked at ten every night.",
     [("gates were locked", "foreman", "A", "a")]),
    (None, "Kwame Asante told The Accra Herald the cocoa pickers were children as young as nine.",
     [("children as young as nine", "Kwame Asante", "N", "a")]),
    # ---- speaker in the middle of a long quote
    (None, '"The supervisors took our phones," said Mai Linh, a former seamstress, "and they only '
     'gave them back on Sundays."', [("took our phones", "Mai Linh", "N", "a"),
                                      ("gave them back on Sundays", "Mai Linh", "N", "a")]),
    (None, '"Nobody could leave the dormitory," the worker said. "If you tried, the guards shouted at '
     'you and took your pay."', [("Nobody could leave", "worker", "A", "a"),
                                  ("guards shouted", "worker", "A", "a")]),
    (None, '"We owed the broker more every month," Samir Nouri recalled. "The debt never went down. '
     'It only grew."', [("We owed the broker", "Samir Nouri", "N", "a"),
                          ("debt never went down", "Samir Nouri", "N", "a"),
                          ("It only grew", "Samir Nouri", "N", "a")]),
    # ---- open-quote paragraphs
    (None, 'Elif Demir worked in a hazelnut orchard near Ordu.\n\n"We picked from dawn until dark. '
     'The contractor kept our wages until the season ended.\n\n"When my brother asked for his money, '
     'they threatened to call the police," she said.',
     [("picked from dawn", "Elif Demir", "N", "a"), ("contractor kept our wages", "Elif Demir", "N", "a"),
      ("threatened to call the police", "Elif Demir", "N", "a")]),
    # ---- she said / the source added after two or three sources
    (None, "Ravi Menon, a welder, said the camp had no running water. Priya Das, a cook, said the "
     "women were not allowed to leave after dark. The camp manager withheld their passports, she "
     "said.", [("no running water", "Ravi Menon", "N", "a"), ("not allowed to leave", "Priya Das", "N", "b"),
                ("withheld their passports", "Priya Das", "N", "b")]),
    (None, "One source in Dandong said the workers were watched around the clock. Another source, a "
     "trader, said they were paid nothing. They sleep in a warehouse, the first source added.",
     [("watched around the clock", "source", "A", "a"), ("paid nothing", "trader", "A", "b"),
      ("sleep in a warehouse", "source", "A", "a")]),
    (None, "A guard said the men worked through the night. A driver said they were beaten. The guard "
     "added that their papers were kept in a safe.",
     [("worked through the night", "guard", "A", "a"), ("were beaten", "driver", "A", "b"),
      ("papers were kept", "guard", "A", "a")]),
    # ---- named later by surname, title, role, pronoun
    (None, "Natalia Orlova, a researcher at the Far Eastern Institute, said the loggers were kept in "
     "debt. Orlova said the brokers also held their passports.",
     [("kept in debt", "Natalia Orlova", "N", "a"), ("held their passports", "Orlova", "N", "a")]),
    (None, "Judge Amara Obi said the defendants had confined the girls to the house. The judge said "
     "the girls were given no pay.", [("confined the girls", "Amara Obi", "F", "a"),
                                       ("given no pay", "judge", "F", "a")]),
    (None, "Hassan Farouk, a lawyer for the families, said the men were recruited with false promises. "
     "He said they were then sold to a second employer.",
     [("false promises", "Hassan Farouk", "N", "a"), ("sold to a second employer", "Hassan Farouk", "N", "a")]),
    (None, "Dr. Kenji Mori, who examined the workers, said several had untreated injuries. Mori added "
     "that some had not seen daylight for weeks.",
     [("untreated injuries", "Kenji Mori", "N", "a"), ("not seen daylight", "Mori", "N", "a")]),
    # ---- plural and partitive
    (None, "Three of the women said they were forced to work without pay. One of them said the owner "
     "hit her with a stick.", [("without pay", "Three of the women", "A", "a"),
                                ("hit her with a stick", "One of them", "A", "b")]),
    (None, "Several workers said their contracts were changed after they arrived. Others said they "
     "never signed one.", [("contracts were changed", "Several workers", "A", "a"),
                            ("never signed one", "Others", "A", "b")]),
    (None, "Most of the 40 migrants interviewed said the agency kept their passports. Several said "
     "they had been threatened with deportation.",
     [("kept their passports", "migrants", "A", "a"), ("threatened with deportation", "migrants", "A", "a")]),
    (None, "Two former guards said the detainees worked in the sewing shop every day. Both said "
     "refusal meant solitary confinement.", [("sewing shop", "Two former guards", "A", "a"),
                                              ("solitary confinement", "Two former guards", "A", "a")]),
    # ---- hearsay
    (None, "Arman Sadykov said he had heard from a guard that the workers were not allowed to call "
     "their families.", [("call their families", "Arman Sadykov", "N", "a")]),
    (None, "A nurse said she was told by colleagues that the patients' relatives worked unpaid in the "
     "hospital laundry.", [("worked unpaid", "nurse", "A", "a")]),
    # ---- Q&A
    (None, "Asked whether workers could leave, the company's spokesman said they were free to go at "
     "any time.", [("free to go", "spokesman", "O", "a")]),
    (None, "When asked about the unpaid wages, Li Qiang, the factory director, said the money would be "
     "paid after the audit.", [("paid after the audit", "Li Qiang", "O", "a")]),
    # ---- testimony / court
    (None, "In her testimony, the witness said she was made to work in the kitchen for 18 hours a day.",
     [("18 hours a day", "witness", "A", "a")]),
    (None, "The court found that the defendant had kept the victims' passports and paid them nothing.",
     [("paid them nothing", "court", "F", "a")]),
    (None, "Prosecutors said the couple recruited the women in Lagos with promises of hotel jobs.",
     [("promises of hotel jobs", "Prosecutors", "F", "a")]),
    (None, "According to the indictment, the men were housed in a shipping container and paid $50 a "
     "month.", [("shipping container", "indictment", "D", "a")]),
    (None, "Giving evidence on Tuesday, Ruta Kalnina said her employer locked her in the flat while he "
     "was at work.", [("locked her in the flat", "Ruta Kalnina", "N", "a")]),
    (None, "The victim told the court she had been forced to work in a nail bar for two years.",
     [("nail bar", "victim", "A", "a")]),
    # ---- social media
    (None, "In a post on Weibo, a user who said she worked at the plant wrote that staff were not "
     "allowed to go home for the holiday.", [("go home for the holiday", "user", "A", "a")]),
    (None, 'The Sindh Labour Watch wrote on X: "Brick kiln families are bonded for generations."',
     [("bonded for generations", "Sindh Labour Watch", "O", "a")]),
    (None, "In a video posted on TikTok, a man who identified himself as Daniyar said his employer had "
     "taken his passport.", [("taken his passport", "Daniyar", "N", "a")]),
    # ---- In a statement / email / letter / report
    (None, "In a statement, Norvale Garments said it had found no evidence of forced labour in its "
     "supply chain.", [("no evidence of forced labour", "Norvale Garments", "O", "a")]),
    (None, "In an email to The Coastal Post, a spokesperson for Pelican Seafoods said all crew were "
     "paid in full.", [("paid in full", "spokesperson", "O", "a")]),
    (None, "In a letter to the minister, the Fishers' Rights Alliance said crews were kept at sea for "
     "up to two years.", [("kept at sea", "Fishers' Rights Alliance", "O", "a")]),
    (None, "Migrant workers in the state routinely work 80-hour weeks, Labour Frontline said in a "
     "report released on Monday.", [("80-hour weeks", "Labour Frontline", "O", "a")]),
    (None, "The ministry said in a statement on Friday that inspectors had freed 23 workers from a "
     "charcoal camp.", [("freed 23 workers", "ministry", "F", "a")]),
    # ---- passives
    (None, "The workers were told by their recruiter that they would earn $800 a month.",
     [("would earn $800", None, "U", "OUTLET")]),
    (None, "Conditions on the boats were described as brutal by two crew members interviewed by "
     "the paper.", [("described as brutal", "two crew members", "A", "a")]),
    (None, "Beatings were reported by several of the boys rescued from the farm.",
     [("Beatings were reported", "several of the boys", "A", "a")]),
    # ---- relative clause speakers
    (None, "The lawyer, who represents nine of the women, said they were never shown a contract.",
     [("never shown a contract", "lawyer", "N", "a")]),
    (None, "Bilal Karim, whose brother died at the quarry, said the men were chained at night.",
     [("chained at night", "Bilal Karim", "N", "a")]),
    (None, "An official, who asked not to be named because he was not authorised to speak, said the "
     "camp held about 300 workers.", [("camp held about 300", "official", "A", "a")]),
    # ---- fronted participles
    (None, "Speaking from Seoul, the activist Park Ji-won said the workers' salaries were sent "
     "directly to Pyongyang.", [("sent directly to Pyongyang", "Park Ji-won", "N", "a")]),
    (None, "Speaking on condition of anonymity, a local official said the factory employed children.",
     [("employed children", "official", "A", "a")]),
    (None, "Reached by phone, the owner of the kiln denied that anyone was held against their will.",
     [("held against their will", "owner", "A", "a")]),
    (None, "Interviewed in Dhaka, two returnees said their employer in Riyadh kept them indoors for a "
     "year.", [("kept them indoors", "two returnees", "A", "a")]),
    # ---- page chrome around
    ("The Border Times", "The Border Times\nHome | World | Asia\nBy Lena Hart\n12 March 2025\n\n"
     "Workers at the sawmill said they were paid in vouchers. \"We cannot buy food with them,\" said "
     "one.\n\nShare this article\nRelated: Logging in Siberia",
     [("paid in vouchers", "Workers", "A", "a"), ("cannot buy food", "one", "A", "b")]),
    ("Gulf Ledger", "Gulf Ledger › Labour\nUpdated 3 hours ago\n\nThe company did not respond to "
     "requests for comment. Domestic workers said their employers confiscated their phones.\n\n"
     "Read more: Kafala reforms",
     [("confiscated their phones", "Domestic workers", "A", "a")]),
    # ---- agency citing agency
    (None, "Russian media, citing the local branch of the Investigative Committee, reported that the "
     "migrants had been held in a basement.", [("held in a basement", "Investigative Committee", "F", "a")]),
    (None, "According to Kun Lun News, which cited police in Yunnan, the women were sold to factories.",
     [("sold to factories", "police", "F", "a")]),
    # ---- more named-later and role
    (None, "Rosa Almeida, the inspector who led the raid, said the workers slept on cardboard. The "
     "inspector said the owner had taken their documents.",
     [("slept on cardboard", "Rosa Almeida", "F", "a"), ("taken their documents", "inspector", "F", "a")]),
    (None, "A spokesman for Verdant Palm Oil, Daniel Sim, said the company pays all workers the legal "
     "minimum. Sim said no passports were held.",
     [("legal minimum", "Daniel Sim", "O", "a"), ("no passports were held", "Sim", "O", "a")]),
    # ---- 'their contracts' kind bugs: possessive object not speaker
    (None, "The men were paid according to their contracts, the company said.",
     [("paid according to their contracts", "company", "O", "a")]),
    (None, "Workers were housed according to their employers' rules, said a union organiser.",
     [("housed according to", "union organiser", "A", "a")]),
    # ---- outlet voice
    (None, "The plantation employs about 2,000 seasonal workers from Malawi.",
     [("employs about 2,000", None, "U", "OUTLET")]),
    (None, "Several said the broker had promised jobs in a hotel.",
     [("promised jobs in a hotel", "Several", "A", "a")]),
    # ---- further wire
    (None, "More than 60 workers were rescued from a rice mill, police said on Sunday.",
     [("rescued from a rice mill", "police", "F", "a")]),
    (None, "The crew were forced to fish for 20 hours a day, said the Environmental Justice Network, "
     "a London-based group.", [("20 hours a day", "Environmental Justice Network", "O", "a")]),
    (None, "Workers are not allowed to leave the site without a pass, a source close to the company "
     "told Nikkei Asia.", [("without a pass", "source", "A", "a")]),
    (None, "The girls were forced to dance in bars, a police officer in Mae Sot told the Thai news "
     "agency.", [("dance in bars", "police officer", "A", "a")]),
    (None, "Workers had to pay for their own safety boots, an employee at the warehouse told "
     "The Guardian on condition of anonymity.", [("safety boots", "employee", "A", "a")]),
    # ---- quote then attribution with long apposition
    (None, '"Nobody told us we would work on a fishing boat," said Agus Santoso, 24, from Tegal in '
     'Central Java, who spent two years at sea.', [("fishing boat", "Agus Santoso", "N", "a")]),
    (None, '"This is modern slavery," said Helen Marsh, director of the charity Freedom Path, which '
     'has helped more than 200 victims.', [("modern slavery", "Helen Marsh", "N", "a")]),
    # ---- several quotes, alternation
    (None, '"They took my passport," said Juma. "They said I owed them," said Halima. "I still owe '
     'them," Juma added.', [("took my passport", "Juma", "N", "a"), ("said I owed them", "Halima", "N", "b"),
                            ("I still owe", "Juma", "N", "a")]),
    # ---- 'according to' variants
    (None, "According to Sergei Lavrin, a former miner, the workers were paid in alcohol.",
     [("paid in alcohol", "Sergei Lavrin", "N", "a")]),
    (None, "According to two people who worked there, the gates were locked from the outside.",
     [("locked from the outside", "two people", "A", "a")]),
    (None, "The workers, according to their union, have not been paid since June.",
     [("not been paid since June", "union", "O", "a")]),
    # ---- 'X says' present tense feature style
    (None, "Adwoa Mensah says she was twelve when she was sent to work on the farm.",
     [("sent to work on the farm", "Adwoa Mensah", "N", "a")]),
    (None, "Her employer, she says, never let her leave the house alone.",
     [("never let her leave", "she", "A", "x")]),
    # ---- document
    (None, "A leaked contract seen by the Mekong Observer shows that workers forfeit two months' pay if "
     "they quit early.", [("forfeit two months", "contract", "D", "a")]),
    (None, "The audit, conducted by Veritas Compliance in May, found that overtime exceeded 100 hours "
     "a month.", [("100 hours", "audit", "D", "a")]),
    (None, "Internal records show that workers were fined for talking during shifts.",
     [("fined for talking", "records", "D", "a")]),
    # ---- denial
    (None, "The embassy denied that its citizens had been forced to work, calling the report "
     "\"baseless\".", [("forced to work", "embassy", "F", "a")]),
    (None, "Kestrel Mining rejected the allegations, saying its workers were all paid on time.",
     [("paid on time", "Kestrel Mining", "O", "a")]),
    # ---- caption
    (None, "Photo: Workers load bricks at a kiln near Lahore. Many say they are bound by debts to the "
     "kiln owner.", [("bound by debts", "Many", "A", "a")]),
    # ---- 'the source added' after named and anonymous
    (None, "A source in Hunchun said the seafood plant workers were women from North Korea. Kim Soo-"
     "jin, a researcher, said they were paid through the state. They are not allowed out of the "
     "dormitory, the source added.",
     [("women from North Korea", "source", "A", "a"), ("paid through the state", "Kim Soo-jin", "N", "b"),
      ("not allowed out of the dormitory", "source", "A", "a")]),
    # ---- speech through 'added', 'noted', 'explained'
    (None, "The guards carried batons, Farid Rahimi explained. Those who complained were sent to the "
     "cold store, he noted.", [("carried batons", "Farid Rahimi", "N", "a"),
                                ("sent to the cold store", "Farid Rahimi", "N", "a")]),
    # ---- sources identified by role after named intro
    (None, "Olga Brandt, a nurse at the clinic, treated several of the workers. The nurse said two "
     "had broken fingers.", [("broken fingers", "nurse", "N", "a")]),
    # ---- 'the first' / 'the second'
    (None, "Two brothers from Nepal spoke to us. The elder said they had paid $3,000 for the jobs. The "
     "younger said he had been hit by a supervisor.",
     [("paid $3,000", "elder", "A", "a"), ("hit by a supervisor", "younger", "A", "b")]),
    # ---- reported question and answer
    (None, "Asked if she had been paid, Amina shook her head. \"Not once in two years,\" she said.",
     [("Not once in two years", "Amina", "N", "a")]),
    # ---- colon quote
    (None, "One worker put it simply: \"We are prisoners here.\"",
     [("We are prisoners", "worker", "A", "a")]),
    (None, "The union's statement was blunt: workers at the depot had not been paid for four months.",
     [("not been paid for four months", "union", "O", "a")]),
    # ---- 'in an interview'
    (None, "In an interview with the paper, Mehmet Yilmaz said his cousin had been locked in a "
     "workshop in Istanbul.", [("locked in a workshop", "Mehmet Yilmaz", "N", "a")]),
    (None, "In an interview, the company's chief executive, Laura Finch, said wages had always been "
     "paid.", [("always been paid", "Laura Finch", "O", "a")]),
    # ---- testimony shapes
    (None, "Witness 4, a former cook on the vessel, testified that crew members were beaten with "
     "iron bars.", [("beaten with iron bars", "Witness 4", "A", "a")]),
    (None, "The complainant stated that she was not permitted to leave the premises.",
     [("not permitted to leave", "complainant", "A", "a")]),
    # ---- 'quoted as saying'
    (None, "Pradeep Lal was quoted by the Kathmandu Daily as saying the recruits' passports were held "
     "in Doha.", [("passports were held in Doha", "Pradeep Lal", "N", "a")]),
    # ---- 'he told' second sentence after quote
    (None, "Victor Mensah spent a year on the cocoa farm. \"I was never paid,\" he told the "
     "Ghanaian Times.", [("never paid", "Victor Mensah", "N", "a")]),
    # ---- ellipsis in quotes / multiple speakers same para
    (None, "Aisha, 19, and her sister Fatima, 16, said they were brought to Beirut by a cousin. "
     "\"He sold us,\" Aisha said.", [("brought to Beirut", "Aisha", "N", "a"),
                                       ("He sold us", "Aisha", "N", "a")]),
    # ---- group named org spokesman
    (None, "A spokesperson for the International Migrants Council said the workers had been "
     "trafficked. The council has called for an inquiry.",
     [("had been trafficked", "spokesperson", "O", "a")]),
    # ---- 'The paper found' / outlet investigations
    (None, "The Pacific Ledger found that 14 of the 20 vessels had crew who were owed wages.",
     [("owed wages", "Pacific Ledger", "U", "a")]),
    # ---- long sentence with 'said' at end after multiple clauses
    (None, "The workers, most of them from Uzbekistan and Tajikistan, were housed in unheated "
     "containers and fed once a day, said Dmitri Volkov, head of the Moscow migrants' aid centre "
     "Grazhdanskaya Pomoshch.", [("fed once a day", "Dmitri Volkov", "N", "a")]),
    # ---- women said / the women
    (None, "Five women who escaped from the factory spoke to us in Yangon. The women said they were "
     "locked inside for weeks at a time.", [("locked inside for weeks", "women", "A", "a")]),
    # ---- attribution with time
    (None, "On Wednesday, Labour Minister Ruth Achieng said 112 Kenyans had been rescued from call "
     "centres in Myanmar.", [("112 Kenyans", "Ruth Achieng", "F", "a")]),
    (None, "Earlier this month, the group said, six workers died in a fire at the dormitory.",
     [("six workers died", "group", "O", "a")]),
    # ---- 'told' with indirect and outlet name
    (None, "The owner told Radio Free Asia that he had never hired North Korean workers.",
     [("never hired North Korean", "owner", "A", "a")]),
    # ---- 'wrote' in report
    (None, "In its annual report, Anti-Slavery Watch wrote that debt bondage was widespread in the "
     "brick kilns of Punjab.", [("debt bondage was widespread", "Anti-Slavery Watch", "O", "a")]),
    # ---- 'alleged' / 'claimed'
    (None, "The workers alleged that supervisors confiscated their passports on arrival.",
     [("confiscated their passports", "workers", "A", "a")]),
    (None, "Activists claim the prison factories supply several European brands.",
     [("prison factories supply", "Activists", "A", "a")]),
    # ---- pronoun across two named sources different gender
    (None, "Maria Lopez, a seamstress, said the doors were locked. Juan Ortiz, a cutter, said the "
     "fire exits were blocked. She said the owner kept the keys.",
     [("doors were locked", "Maria Lopez", "N", "a"), ("fire exits were blocked", "Juan Ortiz", "N", "b"),
      ("owner kept the keys", "Maria Lopez", "N", "a")]),
    # ---- ministry spokesman named at regular briefing
    (None, "Foreign ministry spokesman Lin Feng told a regular briefing that the allegations were "
     "lies.", [("allegations were lies", "Lin Feng", "F", "a")]),
    # ---- 'the source said' with 'added' across paragraph
    (None, "A trader in Sinuiju said the workers were sent to China in groups of 50.\n\nThey hand over "
     "most of their wages to the state, the trader said.",
     [("groups of 50", "trader", "A", "a"), ("hand over most", "trader", "A", "a")]),
    # ---- 'a report by X said'
    (None, "A report by the Human Dignity Foundation said that more than 1,000 children worked in the "
     "mica mines.", [("mica mines", "report", "D", "a")]),
    # ---- 'X's spokesman'
    (None, "Orbis Textiles' spokesman said the company had cut ties with the supplier.",
     [("cut ties with the supplier", "spokesman", "O", "a")]),
    # ---- 'a woman who gave her name only as'
    (None, "A woman who gave her name only as Nasrin said she worked for six months without a day off.",
     [("without a day off", "Nasrin", "N", "a")]),
    # ---- 'residents said'
    (None, "Residents said trucks brought new workers to the camp every week.",
     [("brought new workers", "Residents", "A", "a")]),
    # ---- 'the company said it' with 'its'
    (None, "Harrow Foods said its suppliers were audited every year and that none used forced labour.",
     [("audited every year", "Harrow Foods", "O", "a")]),
]
