"""Broadcast packages and testimony summarised in indirect speech (probe R3): a reporter's voice-over that
introduces someone whose words follow under a describing label ("PLUMBER (through interpreter): ..."), labels
such as "RUSSIAN FOREMAN", "WOMAN IN MARKET", "FIRST BUILDER", wire video scripts' sound bites ("SOUNDBITE
(Russian) Name, role:"), a label alone on its line, the anchor's and correspondent's lines as the outlet's voice;
and a witness's account summarised over several sentences ("X testified by video. X said ... The money went
through the team leader."), "in her statement to the court", "according to her deposition", "explained to the
panel", with the writer's own background (a year, a law, the hearing) kept as the outlet's. Every text is
written for this test; people, firms and outlets are fictional (places and state institutions are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}

B = ("Migrant crews in Russian building sites\n"
     "North Korean builders work on housing sites around Moscow and Vladivostok.\n")
T = ("Lawmakers hear of workers held abroad\n"
     "The hearing looked at North Korean crews sent to shipyards and IT firms in 2024.\n")
NP, AN, OF, OR, DO, OU = "named_person", "anonymous_source", "official", "organization", "document", "outlet"
# (shape, text, [(claim fragment, [(head or None, kind), ...alternatives], group)]); group "o" = anything; kind OU
# with head None = the outlet's own voice
CASES = [
 # ----------------------------------------------------------- broadcast: described labels
 ("vo_intro_label", B + "REPORTER (voice-over): We found a Russian plumber who works in the building.\n\n"
  "PLUMBER (through interpreter): They live in the cellar. Forty, maybe more. They don't have phones. "
  "The foreman keeps their passports.",
  [("live in the cellar", [("Russian plumber", AN), ("plumber", AN)], "a"),
   ("keeps their passports", [("Russian plumber", AN), ("plumber", AN)], "a")]),
 ("label_only", B + "ANCHOR: Our team went to a site on the edge of the city.\n\n"
  "NEIGHBOUR: The workers never leave the site. The guard locks the gate at night.",
  [("never leave the site", [("neighbour", AN)], "a"), ("locks the gate", [("neighbour", AN)], "a")]),
 ("label_two_words", B + "CORRESPONDENT: The crews arrive by bus before dawn.\n\n"
  "RUSSIAN FOREMAN (through interpreter): They work twelve hours, every day. We hold the passports so they don't run.",
  [("twelve hours", [("Russian foreman", AN), ("foreman", AN)], "a"),
   ("hold the passports", [("Russian foreman", AN), ("foreman", AN)], "a")]),
 ("label_market", B + "REPORTER: In the market, people know who the builders are.\n\n"
  "WOMAN IN MARKET (translated): They are not allowed to buy anything alone. A minder always comes with them.",
  [("not allowed to buy", [("woman in market", AN), ("woman", AN)], "a"),
   ("minder always comes", [("woman in market", AN), ("woman", AN)], "a")]),
 ("vo_outlet", B + "REPORTER (voice-over): The builders live in containers behind the site. Their wages go to the state.\n\n"
  "WORKER (through interpreter): We are paid nothing. Everything goes to Pyongyang.",
  [("live in containers", [(None, OU)], "o"), ("paid nothing", [("worker", AN)], "a")]),
 ("vo_intro_woman", B + "REPORTER (voice-over): We met a cleaner who works in the workers' hostel.\n\n"
  "CLEANER (through interpreter): Twenty men sleep in one room. The door is locked from outside at ten.",
  [("Twenty men sleep", [("cleaner", AN)], "a"), ("locked from outside", [("cleaner", AN)], "a")]),
 ("two_described", B + "REPORTER: We spoke to two people who know the site.\n\n"
  "SECURITY GUARD: The men cannot go out without permission.\n\n"
  "TAXI DRIVER (through interpreter): I drive them sometimes. They have no money, not even for the fare.",
  [("without permission", [("security guard", AN)], "a"), ("no money", [("taxi driver", AN)], "b")]),
 ("translated_tag", B + "CORRESPONDENT: We asked a builder about his pay.\n\n"
  "BUILDER: [TRANSLATED] We get fifty dollars a month. The rest is taken by the company.",
  [("fifty dollars", [("builder", AN)], "a"), ("rest is taken", [("builder", AN)], "a")]),
 ("speaking_korean", B + "ANCHOR: One former builder agreed to talk to us.\n\n"
  "FORMER BUILDER (speaking Korean): We slept on the floor of the site office. We were beaten if we were slow.",
  [("slept on the floor", [("former builder", AN), ("builder", AN)], "a"),
   ("beaten if we were slow", [("former builder", AN), ("builder", AN)], "a")]),
 ("soundbite_named", B + "SOUNDBITE (Russian) Oleg Varin, site engineer:\n\n"
  "The Koreans work every day, no days off. Their passports are with the foreman.",
  [("no days off", [("Oleg Varin", NP)], "a"), ("passports are with the foreman", [("Oleg Varin", NP)], "a")]),
 ("soundbite_unnamed", B + "SOUNDBITE (Korean) Former worker (name withheld):\n\n"
  "We worked for three years and were never paid. The guards watched us at night.",
  [("never paid", [("former worker", AN), ("worker", AN)], "a")]),
 ("anchor_outlet", B + "ANCHOR: North Korean crews are building flats across the Russian Far East.\n\n"
  "CORRESPONDENT: Here in Vladivostok, the men work through the night. Their passports are kept by the agency.",
  [("passports are kept by the agency", [(None, OU)], "o")]),
 ("label_neighbour_multi", B + "REPORTER (voice-over): A neighbour has watched the site for a year.\n\n"
  "NEIGHBOUR (through interpreter): I see them at five in the morning. They come back at midnight. "
  "Nobody lets them go out. Once I saw a guard hit one of them.",
  [("come back at midnight", [("neighbour", AN)], "a"), ("guard hit one", [("neighbour", AN)], "a")]),
 ("described_then_label_vo_back", B + "REPORTER (voice-over): A woman who sells food near the gate told us what she sees.\n\n"
  "FOOD SELLER (translated): The men are thin. They are never allowed to leave.\n\n"
  "REPORTER (voice-over): The company did not answer our questions.",
  [("never allowed to leave", [("woman", AN), ("food seller", AN)], "a")]),
 ("label_worker_numbered", B + "REPORTER: We talked to two builders on their break.\n\n"
  "FIRST BUILDER (through interpreter): We sleep in a container. The boss has our passports.\n\n"
  "SECOND BUILDER (through interpreter): I have not been paid for six months.",
  [("boss has our passports", [("first builder", AN), ("builder", AN)], "a"),
   ("not been paid for six months", [("second builder", AN), ("builder", AN)], "b")]),
 ("vo_plumber_variant", B + "VOICE-OVER: Our crew found a Russian electrician who wires the flats.\n\n"
  "ELECTRICIAN: The Koreans work until midnight. A guard sleeps in their hut.",
  [("work until midnight", [("electrician", AN)], "a"), ("guard sleeps", [("electrician", AN)], "a")]),
 ("label_interpreter_on_line", B + "NARRATOR: The builders are rarely seen in town.\n\n"
  "LOCAL SHOPKEEPER (via interpreter): They come once a month with a minder. They cannot talk to anyone.",
  [("with a minder", [("shopkeeper", AN)], "a"), ("cannot talk to anyone", [("shopkeeper", AN)], "a")]),
 ("named_label_full", B + "REPORTER: The site belongs to Taiga Stroy, a local developer.\n\n"
  "IVAN SOKOL, TAIGA STROY MANAGER (through interpreter): The workers are paid on time. Nobody holds their passports.",
  [("paid on time", [("Ivan Sokol", NP), ("Ivan Sokol", OR), ("Taiga Stroy", OR)], "a")]),
 ("label_then_anchor_outlet", B + "BUS DRIVER (through interpreter): I take them to the site at five. They are locked in the bus.\n\n"
  "ANCHOR: The Russian labour ministry says it has no record of the workers.",
  [("locked in the bus", [("bus driver", AN)], "a"), ("no record of the workers", [("labour ministry", OF)], "b")]),
 # ----------------------------------------------------------- testimony in indirect speech
 ("testified_video", T + "Daniel Moon, a former IT worker, testified by video. Moon said his team in Shenyang was told to earn "
  "$5,000 a month each. The money went through the team leader. Anyone who fell short was sent back.",
  [("earn $5,000", [("Moon", NP)], "a"), ("money went through", [("Moon", NP)], "a"),
   ("fell short was sent back", [("Moon", NP)], "a")]),
 ("testified_she", T + "Grace Lim, who worked at a seafood plant in Dandong, testified on Tuesday. She said the women "
  "worked sixteen hours a day. Their passports were kept in the manager's safe. Those who complained were locked in a room.",
  [("sixteen hours", [("Grace Lim", NP)], "a"), ("manager's safe", [("Grace Lim", NP)], "a"),
   ("locked in a room", [("Grace Lim", NP)], "a")]),
 ("statement_to_court", T + "In his statement to the court, Tomas Reyes described how the recruiters took his passport at the "
  "airport. He was housed with thirty men in a warehouse. The guards searched their bags every night.",
  [("took his passport", [("Tomas Reyes", NP)], "a"), ("thirty men", [("Tomas Reyes", NP)], "a")]),
 ("deposition", T + "According to her deposition, Maria Osei was recruited in Accra with a promise of a hotel job. "
  "She was instead sent to a farm. Her wages were withheld for eight months.",
  [("sent to a farm", [("Maria Osei", NP)], "a"), ("withheld for eight months", [("Maria Osei", NP)], "a")]),
 ("testified_background_end", T + "Daniel Moon, a former IT worker, testified by video. Moon said the team leader kept the "
  "workers' passports. The workers were beaten for missing targets.\n\n"
  "The hearing was the third this year on forced labour.",
  [("kept the workers' passports", [("Moon", NP)], "a"), ("beaten for missing targets", [("Moon", NP)], "a")]),
 ("two_witnesses", T + "Ana Pires, a former cook, testified that the kitchen staff were never paid. Meals were deducted "
  "from their wages. Leo Brandt, a labour inspector, said his office had found forty workers without contracts.",
  [("never paid", [("Ana Pires", NP)], "a"), ("Meals were deducted", [("Ana Pires", NP)], "a"),
   ("without contracts", [("Leo Brandt", NP), ("Leo Brandt", OF)], "b")]),
 ("told_committee_cont", T + "Kwon Ha-eun told the committee she had been sent to a textile plant in Liaoning at 19. "
  "The dormitory was locked at night. The supervisors took half of her pay for the state.",
  [("dormitory was locked", [("Kwon Ha-eun", NP)], "a"),
   ("half of her pay", [("Kwon Ha-eun", NP)], "a")]),
 ("in_her_testimony_cont", T + "In her testimony, Sara Quint, a former deckhand, said the captain kept the crew's passports. "
  "The men worked twenty-hour shifts during the catch. Two of them were beaten for asking to go home.",
  [("kept the crew's passports", [("Sara Quint", NP)], "a"), ("twenty-hour shifts", [("Sara Quint", NP)], "a"),
   ("beaten for asking", [("Sara Quint", NP)], "a")]),
 ("witness_anon_cont", T + "A former worker, testifying behind a screen, said the workers were held in a compound near Tumen. "
  "Guards with dogs patrolled the fence. Nobody was paid in cash.",
  [("held in a compound", [("former worker", AN), ("worker", AN)], "a"), ("Guards with dogs", [("former worker", AN), ("worker", AN)], "a"),
   ("paid in cash", [("former worker", AN), ("worker", AN)], "a")]),
 ("court_documents_vs_witness", T + "Daniel Moon testified that his team was forced to work through the night. "
  "The team leader confiscated their phones.\n\nThe Trafficking Victims Protection Act was passed in 2000.",
  [("work through the night", [("Daniel Moon", NP)], "a"), ("confiscated their phones", [("Daniel Moon", NP)], "a")]),
 ("recounted", T + "Jae Park recounted his years on a fishing boat in the Pacific. He said the crew were never allowed "
  "ashore. Their pay was sent to an agent in Busan. Sick men were given no medicine.",
  [("never allowed ashore", [("Jae Park", NP)], "a"), ("agent in Busan", [("Jae Park", NP)], "a"),
   ("no medicine", [("Jae Park", NP)], "a")]),
 ("described_to_lawmakers", T + "Lena Ross described to lawmakers her time at a garment plant in Dhaka. She said the gates "
  "were locked during shifts. Overtime was compulsory and unpaid.",
  [("gates were locked", [("Lena Ross", NP)], "a"), ("compulsory and unpaid", [("Lena Ross", NP)], "a")]),
 ("testimony_committee_background", T + "Daniel Moon, a former IT worker, testified by video. Moon said his wages were "
  "sent to the state.\n\nThe committee oversees the enforcement of the import ban on goods made with forced labour.",
  [("sent to the state", [("Moon", NP)], "a")]),
 ("deposition_he_said_cont", T + "In a deposition, Rafael Duarte said the labour broker charged him $4,000. "
  "He had to work two years to repay the debt. The broker threatened his family at home.",
  [("charged him $4,000", [("Rafael Duarte", NP)], "a"), ("repay the debt", [("Rafael Duarte", NP)], "a"),
   ("threatened his family", [("Rafael Duarte", NP)], "a")]),
 ("affidavit", T + "In an affidavit filed with the court, Noor Haddad said her employer took her passport on arrival. "
  "She was not allowed to leave the house. She was paid nothing for a year.",
  [("took her passport", [("Noor Haddad", NP)], "a"), ("leave the house", [("Noor Haddad", NP)], "a"),
   ("paid nothing for a year", [("Noor Haddad", NP)], "a")]),
 ("testified_said_next_para_outlet", T + "Grace Lim testified that her supervisor locked the women in the factory.\n\n"
  "Factories in Dandong employ thousands of North Korean women, according to the State Department.",
  [("locked the women", [("Grace Lim", NP)], "a"), ("employ thousands", [("State Department", OF)], "b")]),
 ("witness_official_summary", T + "Alan Brody, a State Department official, told the subcommittee that about 100,000 North Korean "
  "workers were abroad. Most of their wages went to the regime. Many worked under guard.",
  [("100,000", [("Alan Brody", OF)], "a"), ("went to the regime", [("Alan Brody", OF)], "a"),
   ("under guard", [("Alan Brody", OF)], "a")]),
 ("testified_remotely_from", T + "Kim Song-il testified remotely from Seoul. Kim said he had worked at a logging camp in Tynda "
  "for six years. The guards carried guns. He was paid in coupons.",
  [("logging camp", [("Kim", NP)], "a"), ("guards carried guns", [("Kim", NP)], "a"), ("paid in coupons", [("Kim", NP)], "a")]),
 ("testified_surname_cont_first_plain", T + "Daniel Moon, a former IT worker, testified by video. His team in Shenyang was "
  "told to earn $5,000 a month each. The money went through the team leader.",
  [("earn $5,000", [("Moon", NP)], "a"), ("money went through", [("Moon", NP)], "a")]),
 ("statement_described_surname", T + "In her statement to the tribunal, Hana Weiss described how her employer kept her "
  "locked in the flat. Weiss said she worked every day without rest. Her salary was never paid.",
  [("locked in the flat", [("Hana Weiss", NP)], "a"), ("without rest", [("Weiss", NP)], "a"),
   ("never paid", [("Weiss", NP)], "a")]),
 # ----------------------------------------------------------- negatives and mixtures
 ("neg_background_law", T + "Grace Lim testified that the women were locked in at night.\n\n"
  "Under the law, goods made with North Korean labour are presumed to be made with forced labour.",
  [("locked in at night", [("Grace Lim", NP)], "a"), ("presumed to be made", [(None, OU), ("law", DO)], "o")]),
 ("neg_reporter_next_para", T + "Daniel Moon said his team was forced to work sixteen hours a day.\n\n"
  "Reporters found that the company still lists job openings for IT workers in Shenyang.",
  [("sixteen hours a day", [("Daniel Moon", NP)], "a"), ("still lists job openings", [(None, OU)], "o")]),
 ("neg_vo_after_label", B + "GUARD (through interpreter): Nobody is locked in. They are free to go.\n\n"
  "REPORTER (voice-over): But we saw the gate padlocked from outside at midnight.",
  [("free to go", [("guard", AN)], "a"), ("gate padlocked", [(None, OU)], "o")]),
 ("neg_anchor_not_label", B + "ANCHOR: Workers at the site say they are beaten by the foremen.",
  [("beaten by the foremen", [("workers", AN), (None, OU)], "o")]),
 ("mixed_vo_quote_between", B + "REPORTER (voice-over): The crew's foreman, Pavel Gromov, denied the claims.\n\n"
  "PAVEL GROMOV (through interpreter): Nobody takes their passports. They are paid every month.\n\n"
  "REPORTER (voice-over): The workers we spoke to said they had not been paid since spring.",
  [("Nobody takes their passports", [("Pavel Gromov", NP)], "a"),
   ("not been paid since spring", [("workers", AN), (None, OU)], "b")]),
 ("vo_label_then_another", B + "REPORTER (voice-over): We found a Russian plumber who works in the building.\n\n"
  "PLUMBER (through interpreter): They sleep in the cellar. The foreman locks them in.\n\n"
  "REPORTER (voice-over): The foreman refused to speak to us. A manager of the firm said the workers were free to leave.",
  [("sleep in the cellar", [("plumber", AN)], "a"), ("free to leave", [("manager", AN), ("manager", OR)], "b")]),
 ("testimony_chair_then_witness", T + "Senator Ruth Calloway opened the hearing. Grace Lim, a former seamstress, then "
  "testified by video. Lim said the women were locked in the plant. They slept above the sewing floor.",
  [("locked in the plant", [("Lim", NP)], "a"), ("slept above the sewing floor", [("Lim", NP)], "a")]),
 ("testimony_two_paras", T + "Daniel Moon, a former IT worker, testified by video.\n\n"
  "Moon said his team in Shenyang was told to earn $5,000 a month each. The money went through the team leader. "
  "Anyone who fell short was sent back to Pyongyang.",
  [("earn $5,000", [("Moon", NP)], "a"), ("money went through", [("Moon", NP)], "a"),
   ("sent back to Pyongyang", [("Moon", NP)], "a")]),
 ("testimony_then_company_response", T + "Grace Lim testified that the women were paid nothing for a year. The plant "
  "kept their wages for the state.\n\nThe company, Coral Bay Foods, said in a statement that all workers were paid.",
  [("paid nothing for a year", [("Grace Lim", NP)], "a"), ("kept their wages", [("Grace Lim", NP)], "a"),
   ("all workers were paid", [("Coral Bay Foods", OR)], "b")]),
 ("vo_described_interpreter_label_woman", B + "REPORTER (voice-over): A Russian woman who cooks for the crew agreed to speak.\n\n"
  "COOK (through interpreter): They eat rice and soup, nothing else. Their boss keeps their money.",
  [("boss keeps their money", [("Russian woman", AN), ("cook", AN)], "a")]),
 ("label_unidentified_multi", B + "UNIDENTIFIED MAN (through interpreter): We work fourteen hours. Nobody pays overtime. "
  "The foreman keeps the passports.",
  [("fourteen hours", [("unidentified man", AN), ("man", AN)], "a"),
   ("foreman keeps the passports", [("unidentified man", AN), ("man", AN)], "a")]),
 ("label_relative", B + "REPORTER: In Seoul, we met the sister of a man still in Russia.\n\n"
  "SISTER (through interpreter): He calls once a year. He says they are never paid.",
  [("never paid", [("sister", AN)], "a")]),
 ("testified_written", T + "In written testimony, Paulo Lima, a former vineyard worker, said the recruiters took his "
  "documents. He slept in a barn with twenty others. The owner deducted rent from his pay.",
  [("took his documents", [("Paulo Lima", NP)], "a"), ("slept in a barn", [("Paulo Lima", NP)], "a"),
   ("deducted rent", [("Paulo Lima", NP)], "a")]),
 ("testified_told_judge", T + "Maria Osei told the judge that she had been locked in the farmhouse for months. "
  "The farmer took her phone. She was fed once a day.",
  [("locked in the farmhouse", [("Maria Osei", NP)], "a"), ("took her phone", [("Maria Osei", NP)], "a"),
   ("fed once a day", [("Maria Osei", NP)], "a")]),
 ("hearing_date_background", T + "Grace Lim testified that the women were not allowed to leave the dormitory. "
  "Her supervisors kept the keys.\n\nThe hearing was held on 12 March 2024, the third this year.",
  [("not allowed to leave", [("Grace Lim", NP)], "a"), ("kept the keys", [("Grace Lim", NP)], "a")]),
 ("cnn_style_label", B + "PAVEL ORLOV, CONSTRUCTION FOREMAN (through translator): The Koreans never take a day off. "
  "Their chief keeps their passports.",
  [("never take a day off", [("Pavel Orlov", NP)], "a"), ("keeps their passports", [("Pavel Orlov", NP)], "a")]),
 ("vo_after_label_plain", B + "WORKER (through interpreter): The agency took my passport at the airport.\n\n"
  "The agency charges each worker a fee of 2,000 dollars, according to the labour inspectorate.",
  [("took my passport", [("worker", AN)], "a"), ("fee of 2,000", [("labour inspectorate", OF)], "b")]),
 ("soundbite_colon_inline", B + "SOUNDBITE (Russian) Marina Belova, resident: The Koreans are locked in the hostel every night.",
  [("locked in the hostel", [("Marina Belova", NP)], "a")]),
 ("label_colon_next_line", B + "REPORTER: We asked a guard at the gate.\n\n"
  "GUARD (through interpreter):\n\nThey cannot leave. Those are the rules. The boss keeps their documents.",
  [("keeps their documents", [("guard", AN)], "a")]),
 ("testimony_indirect_we", T + "Daniel Moon said at the hearing that his team was not paid. Each member had a quota. "
  "Those who missed it had their food cut.",
  [("not paid", [("Daniel Moon", NP)], "a"), ("had a quota", [("Daniel Moon", NP)], "a"),
   ("food cut", [("Daniel Moon", NP)], "a")]),
 ("testimony_explained", T + "Ji-woo Han explained to the panel how the agency worked. Workers paid a fee to get on the list. "
  "The fee was taken from their first year of wages.",
  [("paid a fee", [("Ji-woo Han", NP)], "a"), ("first year of wages", [("Ji-woo Han", NP)], "a")]),
]

CASES += [
 # ---- batch 2: variants and negatives
 ("neg_name_like_label", B + "JAMES COOK (through interpreter): The workers sleep in containers. The guards keep their passports.",
  [("sleep in containers", [("James Cook", NP)], "a"), ("keep their passports", [("James Cook", NP)], "a")]),
 ("neg_name_label_two", B + "ANNA SHEPHERD: Nobody pays them overtime. They work seven days a week.",
  [("overtime", [("Anna Shepherd", NP)], "a"), ("seven days", [("Anna Shepherd", NP)], "a")]),
 ("neg_place_label", B + "VLADIVOSTOK: The builders were locked in the hostel every night, residents said.",
  [("locked in the hostel", [("residents", AN)], "a")]),
 ("label_old_woman", B + "OLD WOMAN (speaking Russian): They never go out. Their boss takes all their money.",
  [("never go out", [("old woman", AN), ("woman", AN)], "a"), ("takes all their money", [("old woman", AN), ("woman", AN)], "a")]),
 ("label_man_at_gate", B + "MAN AT GATE (through interpreter): No entry. The workers are not allowed visitors. Their phones are taken.",
  [("not allowed visitors", [("man at gate", AN), ("man", AN)], "a"), ("phones are taken", [("man at gate", AN), ("man", AN)], "a")]),
 ("label_chinese_manager", B + "CORRESPONDENT: The plant's manager agreed to talk.\n\n"
  "CHINESE MANAGER (through interpreter): We pay the agency, not the workers. The agency keeps their passports.",
  [("pay the agency", [("manager", AN), ("Chinese manager", AN)], "a")]),
 ("testimony_bg_same_para", T + "Grace Lim testified that the women were locked in the plant at night. The committee has held "
  "four hearings on forced labour since 2022.",
  [("locked in the plant", [("Grace Lim", NP)], "a")]),
 ("testimony_company_sentence_after", T + "Daniel Moon testified that his wages were sent to Pyongyang. Silver Birch Tech, "
  "the firm that employed him, did not respond to requests for comment.",
  [("sent to Pyongyang", [("Daniel Moon", NP)], "a")]),
 ("neg_not_testimony_said", B + "Oleg Varin, a site engineer, said the builders work every day. Work on the tower began "
  "last spring. The site employs 300 North Korean workers.",
  [("work every day", [("Oleg Varin", NP)], "a"), ("employs 300", [(None, OU), ("Oleg Varin", NP)], "o")]),
 ("testified_quote_then_plain", T + "\"We were never paid,\" Grace Lim testified. The women were locked in every night.",
  [("never paid", [("Grace Lim", NP)], "a"), ("locked in every night", [("Grace Lim", NP), (None, OU)], "o")]),
 ("testimony_told_jury", T + "Noor Haddad told the jury her employer kept her locked in the flat. She worked from six in "
  "the morning until midnight. Her passport was kept in a drawer.",
  [("locked in the flat", [("Noor Haddad", NP)], "a"), ("six in the morning", [("Noor Haddad", NP)], "a"),
   ("kept in a drawer", [("Noor Haddad", NP)], "a")]),
 ("testimony_anon_told_investigators", T + "A former deckhand told investigators that the captain beat crew members. "
  "Injured men were denied medical care. The crew were not paid for ten months.",
  [("captain beat", [("former deckhand", AN), ("deckhand", AN)], "a"), ("denied medical care", [("former deckhand", AN), ("deckhand", AN)], "a"),
   ("not paid for ten months", [("former deckhand", AN), ("deckhand", AN)], "a")]),
 ("testimony_next_para_plain_outlet", T + "Grace Lim testified that the women were locked in the plant.\n\n"
  "The plant employs about 400 North Korean women.",
  [("locked in the plant", [("Grace Lim", NP)], "a"), ("employs about 400", [(None, OU)], "o")]),
 ("soundbite_upsound_named", B + "SOUNDBITE (English) Dana Whitlock, researcher, Borderline Labour Project:\n\n"
  "The men are paid almost nothing. The agency takes their passports on arrival.\n\n"
  "4. Wide of construction site",
  [("paid almost nothing", [("Dana Whitlock", NP)], "a"), ("takes their passports", [("Dana Whitlock", NP)], "a")]),
 ("soundbite_then_shot", B + "SOUNDBITE (Russian) Local resident:\n\nThey are locked in at night.\n\n"
  "5. Various of workers on scaffolding\n\nThe workers are housed in containers, according to the city council.",
  [("locked in at night", [("local resident", AN), ("resident", AN)], "a"), ("housed in containers", [("city council", OF)], "b")]),
 ("vo_intro_group_label", B + "REPORTER (voice-over): We found two Russian welders who share the site with them.\n\n"
  "WELDER (through interpreter): The Koreans work double shifts. Their foreman takes their pay.",
  [("double shifts", [("welder", AN)], "a"), ("takes their pay", [("welder", AN)], "a")]),
 ("label_worker_relative_multi", B + "ANCHOR: We reached the wife of one worker in Pyongyang by phone.\n\n"
  "WIFE (through interpreter): He has not been paid for a year. He cannot come home.",
  [("not been paid for a year", [("wife", AN)], "a"), ("cannot come home", [("wife", AN)], "a")]),
 ("testimony_witness_then_senator", T + "Daniel Moon testified that his team worked sixteen hours a day. Senator Ruth Calloway "
  "said the testimony showed the need for tougher checks. Workers had no days off.",
  [("sixteen hours", [("Daniel Moon", NP)], "a")]),
 ("deposition_possessive_named", T + "In her deposition, Maria Osei said she was recruited with a promise of a hotel job. "
  "She was instead sent to a farm. Her wages were withheld for eight months.",
  [("sent to a farm", [("Maria Osei", NP)], "a"), ("withheld for eight months", [("Maria Osei", NP)], "a")]),
 ("court_filing_document", T + "According to the indictment, the company confiscated the workers' passports. The workers "
  "were paid less than half the minimum wage.",
  [("confiscated the workers' passports", [("indictment", DO)], "a"), ("minimum wage", [("indictment", DO)], "a")]),
]

CASES += [
 # ---- batch 3
 ("gave_evidence", T + "Giving evidence on Monday, Sunil Perera said the recruiter took his passport in Colombo. "
  "He was made to work on a fishing boat for two years. His wages were sent to the boat owner.",
  [("took his passport", [("Sunil Perera", NP)], "a"), ("fishing boat", [("Sunil Perera", NP)], "a"),
   ("sent to the boat owner", [("Sunil Perera", NP)], "a")]),
 ("gave_evidence2", T + "Sunil Perera gave evidence to the inquiry on Monday. Perera said the crew were locked below deck. "
  "Meals were cut when the catch was small.",
  [("locked below deck", [("Perera", NP)], "a"), ("Meals were cut", [("Perera", NP)], "a")]),
 ("cross_exam", T + "Under cross-examination, Noor Haddad said her employer had hidden her passport. She was not allowed "
  "to use the phone.",
  [("hidden her passport", [("Noor Haddad", NP)], "a"), ("use the phone", [("Noor Haddad", NP)], "a")]),
 ("witness_letter", T + "A witness identified as Witness B told the tribunal that the guards beat workers with sticks. "
  "The workers were given one meal a day.",
  [("beat workers with sticks", [("Witness B", NP), ("witness", AN)], "a"), ("one meal a day", [("Witness B", NP), ("witness", AN)], "a")]),
 ("sworn_statement", T + "In a sworn statement, Tomas Reyes said the farm manager kept the workers' passports. "
  "Anyone who complained was threatened with deportation.",
  [("kept the workers' passports", [("Tomas Reyes", NP)], "a"), ("threatened with deportation", [("Tomas Reyes", NP)], "a")]),
 ("label_translated_from", B + "PLUMBER (translated from Russian): The Koreans sleep in the cellar. Their foreman holds their passports.",
  [("sleep in the cellar", [("plumber", AN)], "a"), ("holds their passports", [("plumber", AN)], "a")]),
 ("label_male_worker", B + "MALE WORKER (in Korean, subtitled): We have not been paid since March. The manager keeps our passports.",
  [("not been paid since March", [("male worker", AN), ("worker", AN)], "a"),
   ("keeps our passports", [("male worker", AN), ("worker", AN)], "a")]),
 ("vox_pop", B + "VOX POP (female, Russian): The Koreans are never allowed out alone. A guard goes everywhere with them.",
  [("never allowed out alone", [("vox pop", AN), ("woman", AN)], "a")]),
 ("correspondent_on_camera", B + "CORRESPONDENT (on camera): Behind me, the builders are locked in the compound every night.",
  [("locked in the compound", [(None, OU)], "o")]),
 ("label_through_interpreter_square", B + "FOREMAN [through interpreter]: The workers give me their passports. "
  "Nobody goes out without my permission.",
  [("give me their passports", [("foreman", AN)], "a"), ("without my permission", [("foreman", AN)], "a")]),
 ("label_group", B + "WORKERS (chanting, in Korean): Pay us our wages! Give back our passports!",
  [("Give back our passports", [("workers", AN)], "a")]),
 ("testimony_he_added", T + "Daniel Moon testified that the team leader kept the workers' passports. He added that "
  "the workers were beaten for missing targets. Meals were cut for those who fell short.",
  [("kept the workers' passports", [("Daniel Moon", NP)], "a"), ("beaten for missing", [("Daniel Moon", NP)], "a")]),
 ("testimony_surname_title", T + "Ms. Lim, who testified anonymously via a voice-altered video, said the women were "
  "locked in the dormitory. The windows had bars.",
  [("locked in the dormitory", [("Lim", NP)], "a"), ("windows had bars", [("Lim", NP)], "a")]),
 ("testimony_official_agency", T + "Testifying before the Senate panel, Alan Brody, a State Department official, said about "
  "100,000 workers were abroad. Most of their wages went to the regime.",
  [("100,000 workers", [("Alan Brody", OF)], "a"), ("went to the regime", [("Alan Brody", OF)], "a")]),
 ("neg_hearing_background_para", T + "The hearing, held by the Congressional-Executive Commission on China, focused on "
  "seafood plants. Workers at the plants are paid a fraction of their wages, according to a report by the commission.",
  [("paid a fraction", [("report", DO), ("commission", OF)], "a")]),
 ("label_lowercase_title", B + "Reporter: We went to the dormitory at night.\n\n"
  "Night watchman (through interpreter): The door is locked at eleven. The men cannot open it from inside.",
  [("locked at eleven", [("night watchman", AN), ("watchman", AN)], "a"),
   ("cannot open it", [("night watchman", AN), ("watchman", AN)], "a")]),
 ("neg_lowercase_not_person", B + "Taiga Stroy (in a statement): The workers are paid on time and keep their passports.",
  [("paid on time", [("Taiga Stroy", OR), (None, OU)], "o")]),
]

CASES += [
 # ---- batch 4: negatives after testimony
 ("neg_state_denies", T + "Grace Lim testified that the women were locked in the plant at night. North Korea denies "
  "using forced labour.",
  [("locked in the plant", [("Grace Lim", NP)], "a"), ("denies using forced labour", [("North Korea", OF)], "b")]),
 ("neg_unverified", T + "Daniel Moon testified that his team worked sixteen hours a day without pay. His account could "
  "not be independently verified, but it matches reports of forced labour by other IT workers.",
  [("sixteen hours", [("Daniel Moon", NP)], "a"), ("could not be independently verified", [(None, OU)], "o")]),
 ("neg_now_lives", T + "Grace Lim testified that the women worked sixteen hours a day. Lim now lives in Seoul, where "
  "she works with other former forced labourers.",
  [("sixteen hours", [("Grace Lim", NP)], "a"), ("now lives in Seoul", [(None, OU)], "o")]),
 ("neg_estimate_after", T + "Daniel Moon testified that his wages were sent to Pyongyang. The United Nations estimates "
  "that about 100,000 North Korean workers are abroad.",
  [("sent to Pyongyang", [("Daniel Moon", NP)], "a"), ("100,000 North Korean", [("United Nations", OR), ("United Nations", OF)], "b")]),
 ("neg_reporter_checked", T + "Grace Lim testified that the women were paid in coupons. Reporters for this newspaper "
  "were unable to reach the plant's owners.",
  [("paid in coupons", [("Grace Lim", NP)], "a")]),
]

CASES += [
 # ---- batch 5: wire video scripts
 ("reuters_bite", B + "3. VARIOUS OF BUILDERS ON SCAFFOLDING\n\n(SOUNDBITE) (Russian) SITE ENGINEER, OLEG VARIN, SAYING:\n\n"
  "\"The Koreans work every day, no days off. Their passports stay with the foreman.\"\n\n4. WIDE OF HOSTEL",
  [("no days off", [("Oleg Varin", NP)], "a"), ("passports stay with the foreman", [("Oleg Varin", NP)], "a")]),
 ("reuters_bite_anon", B + "(SOUNDBITE) (Korean) FORMER WORKER WHO DID NOT GIVE HIS NAME, SAYING:\n\n"
  "\"We were never paid. The guards locked the gate every night.\"",
  [("never paid", [("former worker", AN), ("worker", AN)], "a"), ("locked the gate", [("former worker", AN), ("worker", AN)], "a")]),
 ("reuters_two_bites", B + "(SOUNDBITE) (Russian) RESIDENT OF VLADIVOSTOK, IRINA SOKOLOVA, SAYING:\n\n"
  "\"They are locked in at night.\"\n\n5. EXTERIOR OF SITE OFFICE\n\n(SOUNDBITE) (Russian) SITE MANAGER, PAVEL GROMOV, SAYING:\n\n"
  "\"Nobody is forced to work here. Everyone is paid on time.\"",
  [("locked in at night", [("Irina Sokolova", NP)], "a"), ("paid on time", [("Pavel Gromov", NP)], "b")]),
 ("ap_bite", B + "SOUNDBITE: (English) Dana Whitlock, researcher, Borderline Labour Project:\n\n"
  "\"The agency takes their passports on arrival and their wages go to the state.\"",
  [("takes their passports", [("Dana Whitlock", NP)], "a")]),
 ("storyline_outlet", B + "STORYLINE:\n\nNorth Korean builders in Vladivostok are paid a fraction of their wages, "
  "according to rights groups.\n\n(SOUNDBITE) (Russian) LOCAL RESIDENT, SAYING:\n\n\"They never leave the site.\"",
  [("paid a fraction", [("rights groups", OR), ("rights groups", AN)], "a"), ("never leave the site", [("local resident", AN), ("resident", AN)], "b")]),
]

CASES += [
 # ---- batch 6: longer mixes
 ("package_long", B + "ANCHOR: Tonight, a rare look inside a building site in the Russian Far East.\n\n"
  "REPORTER (voice-over): The men arrive before dawn. We found a Russian plumber who works in the same block.\n\n"
  "PLUMBER (through interpreter): They live in the cellar. Forty, maybe more. They don't have phones.\n\n"
  "REPORTER (voice-over): A woman who sells pies at the gate says she has never seen them leave.\n\n"
  "PIE SELLER (through interpreter): Never. A guard walks them to the site and back. They are never paid in cash.\n\n"
  "REPORTER (on camera): The developer did not answer our questions.",
  [("live in the cellar", [("Russian plumber", AN)], "a"), ("never paid in cash", [("pie seller", AN), ("woman", AN)], "b")]),
 ("hearing_long", T + "The Senate Foreign Relations subcommittee heard from three witnesses on Tuesday.\n\n"
  "Daniel Moon, a former IT worker, testified by video from Seoul. Moon said his team in Shenyang was told to earn "
  "$5,000 a month each. The money went through the team leader. Anyone who fell short was sent back.\n\n"
  "Grace Lim, a researcher at the Borderline Labour Project, said the practice was widespread. Her group has "
  "documented forced labour at 40 firms since 2019.\n\n"
  "The hearing was the third this year on North Korean labour.",
  [("earn $5,000", [("Moon", NP)], "a"), ("money went through", [("Moon", NP)], "a"), ("sent back", [("Moon", NP)], "a"),
   ("widespread", [("Grace Lim", NP)], "b")]),
 ("hearing_this_woman", B + "REPORTER: This woman sells vegetables near the site.\n\n"
  "WOMAN (through interpreter): They are locked in after dark. The boss has their passports.",
  [("locked in after dark", [("woman", AN)], "a"), ("has their passports", [("woman", AN)], "a")]),
 ("label_russian_plumber_full", B + "REPORTER (voice-over): We found a Russian plumber who works in the building.\n\n"
  "RUSSIAN PLUMBER (through interpreter): They sleep in the cellar. Their foreman keeps their passports.",
  [("keeps their passports", [("a Russian plumber", AN), ("Russian plumber", AN)], "a")]),
 ("testimony_pronoun_year", T + "Daniel Moon testified that he was sent to Shenyang in 2017. He was paid nothing until 2019. "
  "The team leader kept his passport.",
  [("paid nothing until 2019", [("Daniel Moon", NP)], "a"), ("kept his passport", [("Daniel Moon", NP)], "a")]),
]

CASES += [
 # ---- batch 7
 ("possessive_testimony", T + "Moon's testimony described a quota of $5,000 a month for each worker. The money went through "
  "the team leader. Those who fell short were beaten.",
  [("quota of $5,000", [("Moon", NP)], "a"), ("money went through", [("Moon", NP)], "a"), ("were beaten", [("Moon", NP)], "a")]),
 ("anon_in_testimony", T + "In testimony, a former seamstress said the women were locked in the factory. They were paid "
  "once a year. Overtime was never paid.",
  [("locked in the factory", [("former seamstress", AN), ("seamstress", AN)], "a"),
   ("once a year", [("former seamstress", AN), ("seamstress", AN)], "a"),
   ("Overtime was never paid", [("former seamstress", AN), ("seamstress", AN)], "a")]),
 ("hearing_transcript_labels", T + "SEN. CALLOWAY: Were the workers paid?\n\nMR. MOON: No. The team leader took everything. "
  "We were beaten if we missed the quota.",
  [("took everything", [("Moon", NP)], "a"), ("beaten if we missed", [("Moon", NP)], "a")]),
 ("testified_then_label_same", T + "Daniel Moon testified by video.\n\nMOON (through interpreter): The team leader kept "
  "our passports. We worked every night.",
  [("kept our passports", [("Moon", NP)], "a"), ("every night", [("Moon", NP)], "a")]),
]

CASES += [
 # ---- batch 8
 ("speaking_through_interp", T + "Speaking through an interpreter, Kim Song-il told the panel that he worked at a logging "
  "camp for six years. The guards carried guns. Nobody was paid in cash.",
  [("logging camp", [("Kim Song-il", NP)], "a"), ("guards carried guns", [("Kim Song-il", NP)], "a"),
   ("paid in cash", [("Kim Song-il", NP)], "a")]),
 ("appos_speaking", T + "Kim Song-il, speaking through an interpreter, testified that the camp was surrounded by a fence. "
  "Escapees were hunted with dogs.",
  [("surrounded by a fence", [("Kim Song-il", NP)], "a"), ("hunted with dogs", [("Kim Song-il", NP)], "a")]),
 ("vo_indirect", B + "REPORTER (voice-over): The plumber says they live in the cellar and are never paid in cash.",
  [("never paid in cash", [("plumber", AN)], "a")]),
 ("vo_indirect_then_label", B + "REPORTER (voice-over): A Russian crane operator says the Koreans work every night.\n\n"
  "CRANE OPERATOR (through interpreter): Their boss keeps their passports.",
  [("work every night", [("crane operator", AN)], "a"), ("keeps their passports", [("crane operator", AN)], "a")]),
]


def _ok(wording: str | None, kind: str | None, key: str, alts: list[tuple[str | None, str]]) -> bool:
    for head, want in alts:
        if head is None and want == OU and (key == "OUTLET" or kind == OU):
            return True
        if head is not None and kind == want and wording is not None and head.lower() in wording.lower():
            return True
    return False


@pytest.mark.parametrize("shape,text,expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_broadcast_and_testimony_speakers(shape: str, text: str, expected: list) -> None:
    a = analyse(text, META)
    groups: dict[str, str] = {}
    for frag, alts, grp in expected:
        c = next((c for c in a.claims if frag in c.text), None)
        assert c is not None, f"no claim with {frag!r}"
        s = a.source(c.source)
        got = (s.wording if s else None, s.kind if s else None)
        assert _ok(got[0], got[1], c.source, alts), f"{frag!r}: got {got}, want {alts}"
        if grp != "o":
            assert groups.setdefault(grp, c.source) == c.source, f"{frag!r} should share group {grp}"
            assert [g for g, k in groups.items() if k == c.source] == [grp], f"{frag!r} merged with another group"


@pytest.mark.parametrize("label,person", [
    ("RUSSIAN FOREMAN", True), ("WOMAN IN MARKET", True), ("FIRST BUILDER", True), ("SECURITY GUARD", True),
    ("LOCAL SHOPKEEPER", True), ("FORMER BUILDER", True), ("MAN AT GATE", True), ("CHINESE MANAGER", True),
    ("PLUMBER", True), ("OLD WOMAN", True),
    ("JAMES COOK", False), ("ANNA SHEPHERD", False), ("VLADIVOSTOK", False), ("PARK JI-HOON", False),
    ("REPORTER", False), ("NORTH KOREA", False), ("STATE DEPARTMENT", False), ("BUILDER IN THE CITY OF TOMSK", False),
    ("FORMER WORKERS", False), ("CHINESE FACTORY", False), ("WITNESS B", True), ("DEFECTOR A", True),
])
def test_labels_that_describe_a_person(label: str, person: bool) -> None:
    from labourlens.analyse.interviewees import person_label

    assert person_label(label) is person


@pytest.mark.parametrize("line,who", [
    ("SOUNDBITE (Russian) Oleg Varin, site engineer:", "Oleg Varin"),
    ("SOUNDBITE (English) Dana Whitlock, researcher, Borderline Labour Project: The men are paid nothing.",
     "Dana Whitlock"),
    ("SOUNDBITE (Korean) Former worker (name withheld):", "Former worker"),
    ("SOT (Chinese) Local resident:", "Local resident"),
    ("GUARD (through interpreter):", "Guard"),
    ("RUSSIAN FOREMAN:", "Russian foreman"),
    ("REPORTER (voice-over):", None),
    ("The guard said:", None),
    ("4. Wide of construction site", None),
    ("GUARD (through interpreter): They cannot leave.", None),  # a label with its words: the usual transcript line
    ("Night watchman (through interpreter): The door is locked.", "Night watchman"),
    ("Woman in market (speaking Russian): They never go out.", "Woman in market"),
    ("Taiga Stroy (in a statement): Workers are paid on time.", None),
    ("Reporter (voice-over): The men work at night.", None),
    ("(SOUNDBITE) (English) RESIDENT OF DANDONG, LI WEI, SAYING:", "Li Wei"),
    ("(SOUNDBITE) (Russian) SITE ENGINEER, OLEG VARIN, SAYING:", "Oleg Varin"),
    ("(SOUNDBITE) (Korean) FORMER WORKER WHO DID NOT GIVE HIS NAME, SAYING:", "Former worker"),
    ("SOUNDBITE: (English) Dana Whitlock, researcher:", "Dana Whitlock"),
])
def test_sound_bite_and_lone_label_lines(line: str, who: str | None) -> None:
    from labourlens.analyse.testimony_turns import _bite_speaker

    got = _bite_speaker(line)
    assert (got[0] if got else None) == who


def _who(text: str, part: str) -> tuple[str | None, str | None]:
    a = analyse(text, META)
    c = next(c for c in a.claims if part in c.text)
    s = a.source(c.source)
    return (s.wording if s else None, s.kind if s else None)


@pytest.mark.parametrize("after", [
    "The law banning such imports took effect in 2021.",
    "The committee will vote on the bill next week.",
    "Officials said the agency had been closed.",
    '"We were locked in," another former worker said.',
])
def test_background_after_a_witness_is_not_the_witness(after: str) -> None:
    text = T + "Grace Lim testified that the women were locked in the plant at night. " + after
    a = analyse(text, META)
    lim = next(c.source for c in a.claims if "locked in the plant" in c.text)
    for c in a.claims:
        if c.text.startswith(after[:15]):
            assert c.source != lim, (after, a.source(c.source))


def test_a_plain_sentence_after_someone_who_only_said_something_is_not_carried_over_as_testimony() -> None:
    # no testimony wording: the rules for ordinary reported speech apply, not the witness's turn
    from labourlens.analyse.testimony_turns import _TESTIMONY

    assert _TESTIMONY.search("Oleg Varin, a site engineer, said the builders work every day.") is None
    for s in ("Daniel Moon testified by video.", "In her deposition, Maria Osei said", "Kwon told the committee",
              "Han explained to the panel how", "In his statement to the court, Reyes described",
              "Lena Ross described to lawmakers her time"):
        assert _TESTIMONY.search(s) is not None, s


def test_a_voice_over_description_words_the_label() -> None:
    text = (B + "REPORTER (voice-over): We met a Russian crane operator who works on the tower.\n\n"
            "CRANE OPERATOR (through interpreter): The Koreans are never paid in cash. The boss keeps their passports.")
    assert _who(text, "never paid in cash") == ("a Russian crane operator", "anonymous_source")


def test_a_label_not_introduced_keeps_its_own_words() -> None:
    text = B + "CRANE OPERATOR (through interpreter): The Koreans are never paid in cash."
    assert _who(text, "never paid in cash") == ("Crane operator", "anonymous_source")


def test_a_possessive_document_names_its_owner_only_when_a_name_follows() -> None:
    named = T + "According to his affidavit, Rafael Duarte was forced to work two years to repay the broker."
    assert _who(named, "repay the broker") == ("Rafael Duarte", "named_person")
    unnamed = T + "According to the affidavit, the workers were forced to work two years to repay the broker."
    assert _who(unnamed, "repay the broker")[1] == "document"


def test_an_ordinal_label_is_not_worded_by_an_earlier_plain_description() -> None:
    text = (B + "REPORTER: We met a builder at the gate, and then another.\n\n"
            "SECOND BUILDER (through interpreter): The Koreans are never paid in cash.")
    assert _who(text, "never paid in cash") == ("Second builder", "anonymous_source")


@pytest.mark.parametrize("before,label,anonymous", [
    ("A woman who sells pies at the gate agreed to talk.", "PIE SELLER", True),
    ("The men work on the market stalls.", "MARKET PORTER", True),
    ("We met the crew's captain.", "JAMES COOK", False),
    ("The pie shop is closed.", "ANNA SHEPHERD", False),
])
def test_a_label_of_a_trade_the_text_describes_is_an_unnamed_person(before: str, label: str, anonymous: bool) -> None:
    text = B + "REPORTER: " + before + "\n\n" + label + " (through interpreter): The Koreans are never paid in cash."
    kind = _who(text, "never paid in cash")[1]
    assert (kind == "anonymous_source") is anonymous, kind


@pytest.mark.parametrize("sentence,who,kind", [
    ("Moon's testimony described a quota of $5,000 a month for each worker.", "Moon", "named_person"),
    ("Ana Pires's affidavit says the kitchen staff were never paid.", "Ana Pires", "named_person"),
    ("The company's statement says all workers were paid in full.", None, None),
])
def test_a_persons_own_account_is_theirs(sentence: str, who: str | None, kind: str | None) -> None:
    got = _who(T + sentence, sentence[-25:-1])
    if who is None:
        assert got[1] != "named_person", got
    else:
        assert got == (who, kind)


def test_lettered_witnesses_are_told_apart() -> None:
    text = (T + "WITNESS A (voice distorted): We were locked in the compound. The guards took our phones.\n\n"
            "WITNESS B: We were paid nothing for a year.")
    a = analyse(text, META)
    first = next(c for c in a.claims if "locked in the compound" in c.text)
    second = next(c for c in a.claims if "took our phones" in c.text)
    third = next(c for c in a.claims if "paid nothing" in c.text)
    assert first.source == second.source != third.source
    assert [(s.wording, s.kind) for s in (a.source(first.source), a.source(third.source)) if s] == [
        ("Witness A", "anonymous_source"), ("Witness B", "anonymous_source")]


@pytest.mark.parametrize("text,part", [
    ("Prosecutor Jane Doran told the court that the defendants confiscated the workers' passports. "
     "They kept the workers in a locked house.", "locked house"),
    ("Detective Sergeant Paul Hale told the jury the victims were made to work 14-hour days. "
     "Police found 12 men living in a single flat.", "single flat"),
    ("The judge told the court the men had been treated as slaves. The company was fined for failing to pay wages.",
     "fined for failing"),
])
def test_a_court_officials_statement_does_not_carry_over_to_the_writers_report(text: str, part: str) -> None:
    first = _who(T + text, text[40:60])
    assert _who(T + text, part) != first


def test_a_witness_telling_a_jury_goes_on_with_her_account() -> None:
    text = T + ("Noor Haddad told the jury her employer kept her locked in the flat. Her passport was kept in a drawer. "
                "The door had three locks.")
    assert _who(text, "three locks") == ("Noor Haddad", "named_person")
