"""Labelled testimonies, case boxes and coded interviewees in NGO, union and UN-style reports (probe R1):
"Testimony 4:", "Testimony 4 (male, logger, 2016-2019)" on a line of its own, "Case study 2 - a seamstress",
"Box 1. A cook's account", "Worker A:", "Interviewee 7 (female, 34):", "Respondent 12 said", "W3:", "Witness K",
"Former worker B, interviewed in Seoul,", "the witness" going back to the current one, and counted groups
("Eleven of the 14 interviewees said"). A coded person is an anonymous source worded by the label; the same
label again is the same source; the report's analysis between testimonies is its own voice; the label line is
no claim. Every text is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.interviewees import label_person, person_label
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify
from labourlens.analyse.testimony_blocks import heading_label
from labourlens.analyse.testimony_labels import (
    coded_label,
    label_line,
    label_subject,
    label_wording,
    people_interviews,
)

META = {"published": "2025-03-01", "language": "en"}
R = ("Bound by debt: North Korean workers abroad\n"
     "This report draws on interviews with 40 former North Korean workers sent to Russia and China between 2015 and 2023.\n\n")
NP, AN, OF, OR, DO, OU = "named_person", "anonymous_source", "official", "organization", "document", "outlet"
PAGE = [(None, OU), ("report", DO)]  # the report's own analysis
NOCLAIM: list = []  # the label line itself is no claim
# each case: (shape, text, [(claim fragment, [(head or None, kind), ...alternatives], group)])
CASES = [
 # ------------------------------------------------------------- "Testimony N:" headed blocks
 ("testimony_head", R + "Testimony 4:\nWe cut trees from five in the morning until dark. "
  "The brigade leader kept our passports in his safe.",
  [("cut trees from five", [("Testimony 4", AN)], "a"), ("kept our passports", [("Testimony 4", AN)], "a")]),
 ("testimony_head", R + "Testimony 4 (male, logger, 2016-2019)\nWe cut trees from five in the morning until dark. "
  "Nobody was paid until the end of the season.",
  [("cut trees from five", [("Testimony 4", AN)], "a"), ("Nobody was paid", [("Testimony 4", AN)], "a")]),
 ("testimony_head", R + "Testimony 2: \"The supervisors locked the dormitory at ten. We could not go out on Sundays.\"",
  [("locked the dormitory", [("Testimony 2", AN)], "a"), ("could not go out", [("Testimony 2", AN)], "a")]),
 ("testimony_inline", R + "Testimony 3: We worked on the roofs without harnesses. Two men fell in the first winter.\n\n"
  "Testimony 5: The company deducted the cost of food from our wages. I sent nothing home that year.",
  [("without harnesses", [("Testimony 3", AN)], "a"), ("Two men fell", [("Testimony 3", AN)], "a"),
   ("deducted the cost of food", [("Testimony 5", AN)], "b"), ("sent nothing home", [("Testimony 5", AN)], "b")]),
 ("testimony_inline", R + "Testimony 1: We slept in shipping containers beside the site.\n\n"
  "Such conditions were reported across all the sites we examined.\n\n"
  "Testimony 1 went on: The foreman beat anyone who complained.",
  [("slept in shipping containers", [("Testimony 1", AN)], "a"),
   ("reported across all the sites", PAGE, "o"),
   ("beat anyone who complained", [("Testimony 1", AN)], "a")]),
 # ------------------------------------------------------------- case boxes
 ("case_head", R + "Case study 2 \u2014 a seamstress in Dandong\nShe said the factory held her passport for three years. "
  "She was paid only once a year.",
  [("held her passport", [("Case study 2", AN), ("seamstress", AN)], "a"),
   ("paid only once a year", [("Case study 2", AN), ("seamstress", AN)], "a")]),
 ("case_head", R + "Case 3: a welder from Nampo\nHe said he returned owing more than he earned. "
  "The agency had charged him a fee of 2,000 dollars.",
  [("returned owing more", [("Case 3", AN), ("welder", AN)], "a"),
   ("charged him a fee", [("Case 3", AN), ("welder", AN)], "a")]),
 ("case_head", R + "Box 1. A cook's account\n\"We cooked for 300 men and were never allowed out of the camp. "
  "The manager said we owed him for the flight.\"",
  [("never allowed out", [("Box 1", AN), ("cook", AN)], "a"), ("owed him for the flight", [("Box 1", AN), ("cook", AN)], "a"),
   ("cook's account", NOCLAIM, "o")]),
 ("case_head", R + "Case study 1: Worker A, a bricklayer in Vladivostok\nWorker A said the site managers confiscated "
  "his phone. He said he was paid 100 dollars a month.",
  [("confiscated his phone", [("Worker A", AN)], "a"), ("paid 100 dollars", [("Worker A", AN)], "a")]),
 # ------------------------------------------------------------- coded workers
 ("coded_worker", R + "Worker A: \"We were locked in the dormitory at night.\" Worker B: \"The guards took our phones.\"",
  [("locked in the dormitory", [("Worker A", AN)], "a"), ("took our phones", [("Worker B", AN)], "b")]),
 ("coded_worker", R + "Worker A said the crews were paid only in food coupons. Worker B said the foreman hit him "
  "with a shovel. Worker A added that nobody was allowed to leave the site.",
  [("food coupons", [("Worker A", AN)], "a"), ("hit him with a shovel", [("Worker B", AN)], "b"),
   ("allowed to leave the site", [("Worker A", AN)], "a")]),
 ("coded_worker", R + "Worker C told researchers that the agency kept his contract. "
  "He said he had never seen his wages.",
  [("kept his contract", [("Worker C", AN)], "a"), ("never seen his wages", [("Worker C", AN)], "a")]),
 ("coded_worker", R + "According to Worker D, the company withheld the first six months of wages.",
  [("withheld the first six months", [("Worker D", AN)], "a")]),
 ("coded_worker", R + "\"The doors were locked from outside,\" said Worker E.",
  [("doors were locked", [("Worker E", AN)], "a")]),
 ("coded_worker", R + "Former worker B, interviewed in Seoul in 2023, said the men worked 16 hours a day. "
  "He said the overseer kept every passport.",
  [("16 hours a day", [("Former worker B", AN), ("worker B", AN)], "a"),
   ("kept every passport", [("Former worker B", AN), ("worker B", AN)], "a")]),
 ("coded_worker", R + "Labourer 2 said the brokers charged each man 3,000 dollars.",
  [("brokers charged", [("Labourer 2", AN)], "a")]),
 # ------------------------------------------------------------- interviewees
 ("interviewee", R + "Interviewee 7 (female, 34): \"They told us we would earn 500 dollars a month. "
  "We earned nothing.\"",
  [("earn 500 dollars", [("Interviewee 7", AN)], "a"), ("We earned nothing", [("Interviewee 7", AN)], "a")]),
 ("interviewee", R + "Interviewee 7 said the women were not allowed to keep their phones. "
  "Interviewee 9 said the same factory fined workers for talking.",
  [("keep their phones", [("Interviewee 7", AN)], "a"), ("fined workers for talking", [("Interviewee 9", AN)], "b")]),
 ("interviewee", R + "Interviewee 12, a former fisherman, said the captain kept the crew at sea for ten months. "
  "The interviewee said the crew were beaten when the catch was small.",
  [("kept the crew at sea", [("Interviewee 12", AN)], "a"), ("beaten when the catch", [("Interviewee 12", AN), ("interviewee", AN)], "a")]),
 ("interviewee", R + "Interviewee 3 described being locked in a basement. The report found that such "
  "punishment was common at the sites.",
  [("locked in a basement", [("Interviewee 3", AN)], "a"), ("punishment was common", PAGE, "o")]),
 ("interviewee", R + "As Interviewee 5 put it, the workers had no way to complain.",
  [("no way to complain", [("Interviewee 5", AN)], "a")]),
 ("interviewee", R + "Interviewee No. 14 said the company paid wages directly to the embassy.",
  [("paid wages directly", [("Interviewee 14", AN), ("Interviewee No. 14", AN)], "a")]),
 ("interviewee", R + "Interviewee 2: The managers took our passports at the airport. "
  "I saw mine again only when I left.\n\nInterviewee 6: We were fined for every mistake.",
  [("took our passports", [("Interviewee 2", AN)], "a"), ("saw mine again", [("Interviewee 2", AN)], "a"),
   ("fined for every mistake", [("Interviewee 6", AN)], "b")]),
 # ------------------------------------------------------------- respondents
 ("respondent", R + "Respondent 12 said he had worked without a day off for eight months.",
  [("without a day off", [("Respondent 12", AN)], "a")]),
 ("respondent", R + "Respondent 12 said he had worked without a day off for eight months. "
  "The respondent added that the foreman kept his bank card.",
  [("without a day off", [("Respondent 12", AN)], "a"), ("kept his bank card", [("Respondent 12", AN), ("respondent", AN)], "a")]),
 ("respondent", R + "Respondent 4 told us the guards took the workers' passports on arrival. Respondent 8 said "
  "the workers were not paid for overtime.",
  [("took the workers' passports", [("Respondent 4", AN)], "a"), ("not paid for overtime", [("Respondent 8", AN)], "b")]),
 ("respondent", R + "Respondent R-17 reported that wages were paid to a state trading company.",
  [("paid to a state trading company", [("Respondent R-17", AN), ("R-17", AN)], "a")]),
 # ------------------------------------------------------------- short codes
 ("short_code", R + "W3: We worked through the night when the ship came in. Nobody paid us for it.",
  [("worked through the night", [("W3", AN)], "a"), ("Nobody paid us", [("W3", AN)], "a")]),
 ("short_code", R + "W3 said the workers were paid in vouchers. W5 said the guards carried batons.",
  [("paid in vouchers", [("W3", AN)], "a"), ("guards carried batons", [("W5", AN)], "b")]),
 ("short_code", R + "P4: \"They kept our passports in the office safe.\"\n\nP9: \"We could not leave the compound.\"",
  [("kept our passports", [("P4", AN)], "a"), ("could not leave the compound", [("P9", AN)], "b")]),
 ("short_code", R + "According to R5, the recruiters promised salaries that were never paid.",
  [("salaries that were never paid", [("R5", AN)], "a")]),
 # ------------------------------------------------------------- witnesses
 ("witness", R + "Witness K said the workers were beaten for speaking to local people.",
  [("beaten for speaking", [("Witness K", AN)], "a")]),
 ("witness", R + "Witness K said the workers were beaten for speaking to local people. "
  "The witness said the supervisors kept the workers' wages.",
  [("beaten for speaking", [("Witness K", AN)], "a"), ("supervisors kept the workers' wages", [("Witness K", AN), ("witness", AN)], "a")]),
 ("witness", R + "Witness 3: The guards took our passports on the first day.\n\nWitness 4: We were never paid.",
  [("took our passports", [("Witness 3", AN)], "a"), ("never paid", [("Witness 4", AN)], "b")]),
 ("witness", R + "Witness TT-05 told the commission that the workers slept in tents in winter.",
  [("slept in tents", [("Witness TT-05", AN), ("TT-05", AN)], "a")]),
 # ------------------------------------------------------------- participants / source / informant codes
 ("participant", R + "Participant 6 said the women were locked in the factory at night.",
  [("locked in the factory", [("Participant 6", AN)], "a")]),
 ("participant", R + "Source 2, a former driver, said the drivers were not allowed to leave the yard.",
  [("not allowed to leave the yard", [("Source 2", AN)], "a")]),
 ("participant", R + "Informant C told investigators that the agency charged a fee of 1,500 dollars.",
  [("charged a fee", [("Informant C", AN)], "a")]),
 ("participant", R + "Returnee 11 said he had been paid nothing for two years.",
  [("paid nothing for two years", [("Returnee 11", AN)], "a")]),
 # ------------------------------------------------------------- pseudonyms as names
 ("pseudonym", R + "Kim (not his real name) said the crews were paid only at the end of the contract. "
  "He said the foreman kept their passports.",
  [("paid only at the end", [("Kim", NP)], "a"), ("kept their passports", [("Kim", NP)], "a")]),
 ("pseudonym", R + "Case study 4: Min-ji (a pseudonym), 29, a seamstress\nMin-ji said she was paid 50 dollars a month.",
  [("paid 50 dollars", [("Min-ji", NP)], "a")]),
 # ------------------------------------------------------------- counted groups
 ("group", R + "Eleven of the 14 interviewees said their passports were taken on arrival.",
  [("passports were taken", [("interviewees", AN)], "a")]),
 ("group", R + "Several respondents described being beaten by their supervisors.",
  [("beaten by their supervisors", [("respondents", AN)], "a")]),
 ("group", R + "Interviewees said the dormitories were locked at night.",
  [("dormitories were locked", [("Interviewees", AN)], "a")]),
 ("group", R + "Worker interviews indicated that wages were withheld for months.",
  [("wages were withheld", [("Worker interviews", AN)], "a")]),
 ("group", R + "Interviews with returnees showed that the brokers kept their passports.",
  [("brokers kept their passports", [("Interviews with returnees", AN), ("returnees", AN)], "a")]),
 ("group", R + "Testimonies of former seafarers describe beatings on the boats.",
  [("beatings on the boats", [("Testimonies of former seafarers", AN), ("seafarers", AN)], "a")]),
 ("group", R + "Most of the respondents reported working more than 12 hours a day.",
  [("more than 12 hours", [("respondents", AN)], "a")]),
 ("group", R + "All but two of the 30 workers interviewed said they had paid recruitment fees.",
  [("paid recruitment fees", [("workers interviewed", AN), ("30 workers", AN), ("workers", AN)], "a")]),
 ("group", R + "Three interviewees reported that their wages were paid to the embassy.",
  [("paid to the embassy", [("interviewees", AN)], "a")]),
 ("group", R + "Nearly half of the respondents said they could not leave the worksite.",
  [("could not leave the worksite", [("respondents", AN)], "a")]),
 # ------------------------------------------------------------- mixed documents: label, analysis, next label
 ("mixed", R + "Worker A said he was paid nothing for the first year.\n\n"
  "This pattern of delayed payment is typical of debt bondage.\n\n"
  "Worker B said the agency took his passport.",
  [("paid nothing for the first year", [("Worker A", AN)], "a"),
   ("typical of debt bondage", PAGE, "o"),
   ("took his passport", [("Worker B", AN)], "b")]),
 ("mixed", R + "Testimony 6: We were told we owed the company for our food and housing. "
  "Every month the debt grew.\n\n"
  "The ILO counts such debts among the indicators of forced labour.",
  [("owed the company", [("Testimony 6", AN)], "a"), ("Every month the debt grew", [("Testimony 6", AN)], "a")]),
 ("mixed", R + "Interviewee 4 said the workers were fined for talking. Interviewee 4 also said the guards hit "
  "them. Interviewee 8 said she saw the same.",
  [("fined for talking", [("Interviewee 4", AN)], "a"), ("guards hit", [("Interviewee 4", AN)], "a")]),
 ("mixed", R + "Worker A, a 38-year-old welder, said the company withheld his wages. "
  "Kim Sun-ok, a researcher at the Han River Labour Centre, said such practices were widespread.",
  [("withheld his wages", [("Worker A", AN)], "a"), ("such practices were widespread", [("Kim Sun-ok", NP)], "b")]),
 ("mixed", R + "Respondent 3, interviewed in Vladivostok, said the crews worked every day of the week. "
  "Respondent 3 said the site manager kept the passports. A union official said the company denied it.",
  [("every day of the week", [("Respondent 3", AN)], "a"), ("kept the passports", [("Respondent 3", AN)], "a")]),
 ("mixed", R + "Testimony 2 (female, seamstress, 2018-2020): The line leaders shouted at us all day. "
  "We were searched every evening.",
  [("shouted at us all day", [("Testimony 2", AN)], "a"), ("searched every evening", [("Testimony 2", AN)], "a")]),
 ("mixed", R + "Worker F: \"We were never paid in cash.\" Worker F: \"The foreman kept the money.\"",
  [("never paid in cash", [("Worker F", AN)], "a"), ("kept the money", [("Worker F", AN)], "a")]),
 ("mixed", R + "Interview 9 (male, construction, Russia): The workers were paid once a year.",
  [("paid once a year", [("Interview 9", AN)], "a")]),
 ("mixed", R + "Worker G explained that the agency deducted a \"loyalty fee\" from every pay slip.",
  [("deducted a", [("Worker G", AN)], "a")]),
 ("mixed", R + "In the words of Worker H, the camp was like a prison.",
  [("camp was like a prison", [("Worker H", AN)], "a")]),
 ("mixed", R + "Worker 1 (male, 41, construction): \"We were never allowed to leave.\"",
  [("never allowed to leave", [("Worker 1", AN)], "a")]),
 ("mixed", R + "Interviewee A recalled that the guards confiscated her phone on arrival.",
  [("confiscated her phone", [("Interviewee A", AN)], "a")]),
 ("mixed", R + "Worker J said he was threatened with deportation. Worker K said he was not.",
  [("threatened with deportation", [("Worker J", AN)], "a")]),

 # ------------------------------------------------------------- multi-paragraph headed blocks, analysis between
 ("block", R + "Testimony 7 (female, 29, garment factory)\n\nWe worked until midnight before every shipment.\n\n"
  "I asked to go home and the manager took my passport away.\n\n"
  "The accounts of women in garment factories were consistent across the three provinces.\n\n"
  "Testimony 8 (male, 45, construction)\n\nHe said the crews were paid nothing for the first year.",
  [("worked until midnight", [("Testimony 7", AN)], "a"), ("took my passport", [("Testimony 7", AN)], "a"),
   ("consistent across the three provinces", PAGE, "o"), ("paid nothing for the first year", [("Testimony 8", AN)], "b")]),
 ("block", R + "**Testimony 3**\nWe were never allowed to leave the camp without a minder.",
  [("never allowed to leave the camp", [("Testimony 3", AN)], "a")]),
 ("block", R + "### Case study 5: a deckhand on a squid boat\nThe deckhand said the crew worked 20 hours a day. "
  "He said the captain kept their wages until the boat returned.",
  [("20 hours a day", [("Case study 5", AN), ("deckhand", AN)], "a"),
   ("kept their wages", [("Case study 5", AN), ("deckhand", AN)], "a")]),
 ("block", R + "Testimony 10 \u2014 former logger, Amur Oblast\nWe were told our wages would be paid at the end of "
  "the contract. They never were.",
  [("wages would be paid at the end", [("Testimony 10", AN)], "a")]),
 ("block", R + "Box 3. Chol's story\nChol (not his real name) said the agency charged him 2,000 dollars for the job. "
  "He said he was still repaying the debt.",
  [("charged him 2,000 dollars", [("Chol", NP)], "a"), ("repaying the debt", [("Chol", NP)], "a")]),
 ("block", R + "Worker B: We were paid in food coupons, not money.\n\n"
  "These accounts suggest that wage withholding was systematic at the sites.",
  [("paid in food coupons", [("Worker B", AN)], "a"), ("wage withholding was systematic", PAGE, "o")]),
 ("block", R + "Former worker C (Tomsk, 2019): We were locked in the barracks at night.",
  [("locked in the barracks", [("Former worker C", AN), ("worker C", AN)], "a")]),
 ("block", R + "W12 (female, 31, seafood plant): We peeled shrimp for 14 hours a day without a break.",
  [("peeled shrimp", [("W12", AN)], "a")]),
 ("block", R + "Seafarer 3: The captain kept our passports for the whole voyage.",
  [("kept our passports", [("Seafarer 3", AN)], "a")]),
 # ------------------------------------------------------------- more coded people in running text
 ("coded_worker", R + "Interviewee 15, a 52-year-old former miner, described being beaten by the shift boss.",
  [("beaten by the shift boss", [("Interviewee 15", AN)], "a")]),
 ("coded_worker", R + "Testimony 12 describes how the supervisors confiscated the workers' phones.",
  [("confiscated the workers' phones", [("Testimony 12", AN)], "a")]),
 ("coded_worker", R + "One worker, referred to here as Worker M, said the brokers kept his contract.",
  [("brokers kept his contract", [("Worker M", AN)], "a")]),
 ("coded_worker", R + "Worker N, who asked not to be named, said the company withheld his wages for a year.",
  [("withheld his wages for a year", [("Worker N", AN)], "a")]),
 ("coded_worker", R + "Participant P7 said the women were fined for going to the toilet.",
  [("fined for going to the toilet", [("Participant P7", AN), ("P7", AN)], "a")]),
 ("coded_worker", R + "Migrant worker 6 told the researchers that the employer kept his passport in a safe.",
  [("kept his passport in a safe", [("Migrant worker 6", AN), ("worker 6", AN)], "a")]),
 # ------------------------------------------------------------- counted groups
 ("group", R + "Of the 25 returnees interviewed, 19 said they had not been paid for overtime.",
  [("not been paid for overtime", [("returnees", AN), ("19", AN)], "a")]),
 ("group", R + "A majority of interviewees said their supervisors threatened to send them home.",
  [("threatened to send them home", [("interviewees", AN)], "a")]),
 ("group", R + "Respondents 3 and 9 said the guards beat workers who tried to leave.",
  [("beat workers who tried to leave", [("Respondents", AN)], "a")]),
 # ------------------------------------------------------------- negatives: headings that label no person
 ("negative", R + "Box 2. Recruitment fees in Russia\nFees ranged from 500 to 3,000 dollars per worker.",
  [("Fees ranged", PAGE, "o")]),
 ("negative", R + "Case 2: Ri v. Nordhavn\nThe court found that the workers had been paid nothing for a year.",
  [("paid nothing for a year", [("court", OF)], "a")]),
 ("negative", R + "Section 2: Findings\nThe workers were paid nothing for the first six months.",
  [("paid nothing for the first six months", PAGE, "o")]),
 ("negative", R + "Article 4: Workers shall be paid at least once a month.\n\n"
  "The workers we met had been paid nothing since March.",
  [("paid nothing since March", PAGE, "o")]),
 ("negative", R + "Phase 2: the crews moved to Vladivostok, where their passports were taken by the contractor.",
  [("passports were taken", PAGE, "o")]),
 ("negative", R + "Chapter 3\nThe North Korean crews were paid nothing for the first year.",
  [("paid nothing for the first year", PAGE, "o")]),

 # ------------------------------------------------------------- round 2: more wordings
 ("cite_after", R + "\u201cWe could not leave the dormitory without permission.\u201d (Interviewee 4, male, 35)",
  [("could not leave the dormitory", [("Interviewee 4", AN)], "a")]),
 ("cite_after", R + "\"The manager kept our passports in his office.\" (Interview 12, Vladivostok, March 2023)",
  [("kept our passports in his office", [("Interview 12", AN)], "a")]),
 ("cite_after", R + "\"We were paid nothing for eight months,\" said Respondent #12.",
  [("paid nothing for eight months", [("Respondent #12", AN), ("Respondent 12", AN)], "a")]),
 ("cite_after", R + "\"Nobody was allowed to go to the town.\" [Interviewee 9]",
  [("allowed to go to the town", [("Interviewee 9", AN)], "a")]),
 ("label_var", R + "Testimony #4: We cut trees from dawn until dark and were never paid.",
  [("cut trees from dawn", [("Testimony #4", AN), ("Testimony 4", AN)], "a")]),
 ("label_var", R + "Worker A (interviewed in Dandong, 2022) said that the supervisors beat the women.",
  [("supervisors beat the women", [("Worker A", AN)], "a")]),
 ("label_var", R + "According to Interviewee 3 (male, 40), the workers were locked in at night.",
  [("locked in at night", [("Interviewee 3", AN)], "a")]),
 ("label_var", R + "Woman B, 27, said the factory withheld her wages for six months.",
  [("withheld her wages", [("Woman B", AN)], "a")]),
 ("label_var", R + "Survivor S-3 told investigators that the guards beat the workers.",
  [("guards beat the workers", [("Survivor S-3", AN), ("S-3", AN)], "a")]),
 ("label_var", R + "Defector A (male, in his 40s) said the brokers took half of every wage.",
  [("took half of every wage", [("Defector A", AN)], "a")]),
 ("label_var", R + "WITNESS 3: They locked the gate every night and took our passports.",
  [("took our passports", [("Witness 3", AN)], "a")]),
 ("label_var", R + "Testimony from Worker E:\nWe slept twelve to a room and paid for the beds ourselves.",
  [("twelve to a room", [("Worker E", AN)], "a")]),
 ("label_var", R + "Account of Interviewee 11\nShe said the factory kept her passport for two years.",
  [("kept her passport for two years", [("Interviewee 11", AN)], "a")]),
 ("label_var", R + "Interviewee 7, female, 34: We were told we owed the company for our flights.",
  [("owed the company for our flights", [("Interviewee 7", AN)], "a")]),

 # ------------------------------------------------------------- round 3
 ("block_end", R + "Testimony 4\nWe cut trees from dawn until dark in the taiga.\n\n"
  "We found that such debts were common among the loggers we interviewed.",
  [("cut trees from dawn", [("Testimony 4", AN)], "a"), ("such debts were common", PAGE, "o")]),
 ("block_end", R + "Testimony 5 (female, 33)\nI worked in the kitchen and was never paid.\n\n"
  "Our research shows that kitchen staff were paid least of all the workers.",
  [("never paid", [("Testimony 5", AN)], "a"), ("paid least of all", PAGE, "o")]),
 ("intro_then_pronoun", R + "Worker A, a 38-year-old welder from Chongjin, spent three years in Russia. "
  "He said the company kept his passport the whole time.",
  [("kept his passport the whole time", [("Worker A", AN)], "a")]),
 ("intro_then_pronoun", R + "Interviewee 3 worked on a farm in Primorsky Krai for two years. "
  "She said the women were locked in their barracks at night.",
  [("locked in their barracks", [("Interviewee 3", AN)], "a")]),
 ("two_blocks", R + "Case 1: a cook in Vladivostok\nShe said she worked 15 hours a day.\n\n"
  "Case 2: a driver in Moscow\nHe said the company kept his passport.",
  [("15 hours a day", [("Case 1", AN), ("cook", AN)], "a"), ("kept his passport", [("Case 2", AN), ("driver", AN)], "b")]),
 ("same_label", R + "Worker A said the crews were never paid in cash.\n\n"
  "Labour inspectors in the region said they had not visited the site.\n\n"
  "Worker A said the foreman kept a list of everyone's debts.",
  [("never paid in cash", [("Worker A", AN)], "a"), ("list of everyone's debts", [("Worker A", AN)], "a")]),

 # ------------------------------------------------------------- round 4
 ("code_in_brackets", R + "A former logger (Interviewee 14) said the brigade leader sold the crews' timber on the side "
  "and kept their wages.",
  [("kept their wages", [("Interviewee 14", AN), ("former logger", AN)], "a")]),
 ("code_in_brackets", R + "One woman (Respondent 6) said the supervisors confiscated the women's phones.",
  [("confiscated the women's phones", [("Respondent 6", AN), ("woman", AN)], "a")]),
 ("code_in_brackets", R + "According to a confidential source (CS-4), the workers were paid through a shell company.",
  [("paid through a shell company", [("CS-4", AN), ("confidential source", AN)], "a")]),
 ("un_style", R + "P-12 told the Commission that workers who complained were sent home at their own cost.",
  [("sent home at their own cost", [("P-12", AN)], "a")]),
 ("un_style", R + "Witness TT-05 (closed session) said the guards beat two workers who tried to escape.",
  [("beat two workers", [("Witness TT-05", AN), ("TT-05", AN)], "a")]),
 ("no_code", R + "Testimony of a former construction worker, Russia, 2019:\nWe were never given our passports back.",
  [("never given our passports back", [("former construction worker", AN), ("construction worker", AN)], "a")]),
 ("label_then_quote", R + "Worker A recalled:\n\"We slept in containers and were fined for every mistake.\"",
  [("slept in containers", [("Worker A", AN)], "a")]),
 ("group_label", R + "Testimonies 4 and 5 describe the same practice of confiscating passports on arrival.",
  [("confiscating passports", [("Testimonies", AN), ("Testimonies", DO), (None, OU)], "a")]),

 # ------------------------------------------------------------- round 5: groups in a later clause
 ("clause_group", R + "The contracts set wages at 600 dollars a month, but interviewees said they received 40 dollars.",
  [("received 40 dollars", [("interviewees", AN)], "a")]),
 ("clause_group", R + "Managers described the hours as voluntary, while most respondents said they were forced to stay.",
  [("forced to stay", [("respondents", AN), ("Managers", AN)], "a")]),
 ("clause_group", R + "The agency was paid in full; nine of the 12 returnees said they never saw their wages.",
  [("never saw their wages", [("returnees", AN)], "a")]),
 ("clause_group", R + "The North Korean crews were paid in cash, but the amounts varied widely between sites.",
  [("amounts varied widely", PAGE, "o")]),

 # ------------------------------------------------------------- round 6
 ("possessive", R + "Interviewee 7's testimony shows that the supervisors confiscated every phone.",
  [("confiscated every phone", [("Interviewee 7", AN)], "a")]),
 ("mid", R + "The guards, worker A said, beat anyone who tried to leave the camp.",
  [("beat anyone who tried", [("worker A", AN)], "a")]),
 ("dash_inline", R + "Testimony 4 \u2014 We cut trees from dawn until dark and were never paid for it.",
  [("cut trees from dawn", [("Testimony 4", AN)], "a")]),
 ("two_quotes", R + "Worker A: \"We were never paid.\"\n\nWorker B: \"Nor were we.\"\n\nWorker A: \"The foreman kept the money.\"",
  [("never paid", [("Worker A", AN)], "a"), ("kept the money", [("Worker A", AN)], "a")]),
 ("ngo_voice", R + "Eleven of the 14 interviewees said their passports were taken on arrival. The report found that "
  "none had signed a contract in a language they understood.",
  [("passports were taken", [("interviewees", AN)], "a"), ("none had signed", PAGE, "o")]),
 # negatives: ordinary uses of label words that are no coded person
 ("negative", R + "The workers said the guards took their passports.",
  [("took their passports", [("workers", AN)], "a")]),
 ("negative", R + "Case 3 was closed by the court in 2021. The court found that the workers were paid nothing.",
  [("paid nothing", [("court", OF)], "a")]),
 ("negative", R + "A worker said the foreman kept the passports.",
  [("kept the passports", [("worker", AN)], "a")]),
]


def _ok(wording: str | None, kind: str | None, key: str, alts: list[tuple[str | None, str]]) -> bool:
    for head, want in alts:
        if head is None and want == OU and (key == "OUTLET" or kind == OU):
            return True
        if head is not None and kind == want and wording is not None and head.lower() in wording.lower():
            return True
    return False


@pytest.mark.parametrize("shape,text,expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_testimony_speakers_and_shared_sources(shape: str, text: str, expected: list) -> None:
    a = analyse(text, META)
    groups: dict[str, str] = {}
    for frag, alts, grp in expected:
        c = next((c for c in a.claims if frag in c.text), None)
        if alts == NOCLAIM:
            assert c is None, f"the label line {frag!r} was read as a claim"
            continue
        assert c is not None, f"no claim with {frag!r}"
        s = a.source(c.source)
        got = (s.wording if s else None, s.kind if s else None)
        assert _ok(got[0], got[1], c.source, alts), f"{frag!r}: got {got}, want {alts}"
        if grp != "o":
            assert groups.setdefault(grp, c.source) == c.source, f"{frag!r} should share group {grp}"
            assert [g for g, k in groups.items() if k == c.source] == [grp], f"{frag!r} merged with another group"


# ---------------------------------------------------------------- the label lexicon and its shapes

@pytest.mark.parametrize("phrase", ["Testimony 4", "Worker A", "Interviewee No. 14", "Respondent R-17", "W3",
                                    "former worker B", "Witness K, a former guard", "Case study 2", "Seafarer 12"])
def test_a_code_after_a_label_noun_stands_for_one_person(phrase: str) -> None:
    assert coded_label(phrase)
    assert classify(phrase) == "anonymous_source"


@pytest.mark.parametrize("phrase", ["Article 5", "Section 3", "Table 2", "workers", "Worker interviews",
                                    "Testimony", "the witness", "Kim Chol"])
def test_no_code_or_no_label_noun_is_no_coded_person(phrase: str) -> None:
    assert not coded_label(phrase)


@pytest.mark.parametrize("line,label", [
    ("Worker A: We were never paid.", "Worker A"),
    ("Testimony 2 (female, seamstress, 2018-2020): The line leaders shouted.", "Testimony 2"),
    ("W3: We worked through the night.", "W3"),
    ("**Interviewee 6:** We were fined.", "Interviewee 6"),
    ("Former worker C (Tomsk, 2019): We slept in tents.", "Former worker C"),
    ("Testimony 4 \u2014 We cut trees and were never paid.", "Testimony 4"),
])
def test_a_coded_label_opens_a_line(line: str, label: str) -> None:
    m = label_line(line)
    assert m is not None and m.group("label") == label


@pytest.mark.parametrize("line", ["Q1: Why did you leave?", "A2: Because of the debts.",
                                  "Testimony 10 \u2014 former logger, Amur Oblast",
                                  "Case 3: Ri v. Nordhavn was heard in May.", "Box 2: Fees charged by brokers",
                                  "Note 4: figures are rounded.", "Worker A said the guards were armed."])
def test_questions_answers_and_headings_are_no_label_lines(line: str) -> None:
    assert label_line(line) is None


def test_a_label_in_capitals_keeps_its_code_and_a_role_label_stays_as_before() -> None:
    assert label_wording("WORKER A") == "Worker A"
    assert label_wording("Worker B") == "Worker B"
    assert label_person("TAXI DRIVER") == "Taxi driver" and person_label("TAXI DRIVER") is True
    assert label_person("WORKER 2") == "Worker 2" and label_person("Worker A") == "Worker A"
    assert label_person("HARBOUR") is None and person_label("HARBOUR") is False


@pytest.mark.parametrize("line,label", [
    ("Testimony 4:", "Testimony 4"),
    ("Testimony 4 (male, logger, 2016-2019)", "Testimony 4"),
    ("Case 3: a welder from Nampo", "Case 3"),
    ("Box 1. A cook's account", "Box 1"),
    ("Case study 1: Worker A, a bricklayer in Vladivostok", "Worker A"),
    ("Case study 4: Min-ji (a pseudonym), 29, a seamstress", "Min-ji"),
    ("Case 12 (female, 29)", "Case 12"),
    ("Testimony from Worker E:", "Worker E"),
    ("Account of Interviewee 11", "Interviewee 11"),
    ("Testimony of a former construction worker, Russia, 2019:", "a former construction worker"),
])
def test_a_heading_labels_the_person_whose_testimony_follows(line: str, label: str) -> None:
    found = heading_label(line)
    assert found is not None and found[0] == label and line[found[1]:].startswith(label)


@pytest.mark.parametrize("line", ["Box 2. Recruitment fees in Russia", "Case 3 was closed by the court in 2021.",
                                  "Case 2: Ri v. Nordhavn", "Section 3: Findings", "Table 2",
                                  "Worker A: We were never paid."])
def test_a_topic_box_a_court_case_or_a_labelled_line_is_no_testimony_heading(line: str) -> None:
    assert heading_label(line) is None


@pytest.mark.parametrize("text", [
    "The guards were armed. (Section 4, below)",
    "Wages fell by half. (Table 2)",
    "\"We were never paid.\" (Article 12 of the contract)",
])
def test_a_bracketed_reference_that_is_no_interview_gives_no_speaker(text: str) -> None:
    a = analyse(R + text, META)
    for c in a.claims:
        s = a.source(c.source)
        assert s is None or s.kind != "anonymous_source", f"{c.text!r} went to {s.wording!r}"


def test_the_analysis_after_a_headed_testimony_ends_the_block() -> None:
    text = R + ("Testimony 9 (male, 50, mine)\n\nWe dug coal for twelve hours a day.\n\n"
                "Mining crews in the region were paid by the tonne, and the North Korean crews earned least.\n\n"
                "Testimony 9 also said the guards took the workers' passports.")
    a = analyse(text, META)
    by_text = {c.text: a.source(c.source) for c in a.claims}
    first = next(s for t, s in by_text.items() if "dug coal" in t)
    analysis = next(s for t, s in by_text.items() if "paid by the tonne" in t)
    again = next(s for t, s in by_text.items() if "took the workers' passports" in t)
    assert first is not None and first.wording == "Testimony 9" and first.kind == "anonymous_source"
    assert analysis is None or analysis.kind in ("outlet", "document")
    assert again is not None and again.key == first.key


@pytest.mark.parametrize("sentence,np", [
    ("Worker A, a 38-year-old welder from Chongjin, spent three years in Russia.", "Worker A"),
    ("Interviewee 3 worked on a farm in Primorsky Krai for two years.", "Interviewee 3"),
    ("Former worker D left the site in 2020.", "Former worker D"),
])
def test_a_coded_person_opening_a_sentence_is_met_before_speaking(sentence: str, np: str) -> None:
    m = label_subject(sentence)
    assert m is not None and m.group("np") == np


@pytest.mark.parametrize("sentence", ["Worker A said the guards were armed.", "Case 3 was closed in 2021.",
                                      "Article 4 requires monthly pay.", "Workers A and B left."])
def test_a_speaking_label_or_a_heading_noun_is_no_introduction(sentence: str) -> None:
    assert label_subject(sentence) is None


@pytest.mark.parametrize("analysis", [
    "We found that such debts were common among the loggers we interviewed.",
    "Our research shows that kitchen staff were paid least of all the North Korean workers.",
    "This pattern of withheld wages recurred at every site in Primorsky Krai.",
])
def test_the_reports_own_research_voice_ends_a_headed_testimony(analysis: str) -> None:
    a = analyse(R + "Testimony 6 (male, 41)\nWe were paid nothing in the first year in Russia.\n\n" + analysis, META)
    first = next(c for c in a.claims if "paid nothing in the first year" in c.text)
    assert a.source(first.source) is not None and a.source(first.source).wording == "Testimony 6"
    later = [c for c in a.claims if c.text.strip() == analysis]
    for c in later:
        s = a.source(c.source)
        assert s is None or s.wording != "Testimony 6", f"{analysis!r} was given to the testimony"


@pytest.mark.parametrize("code", ["G20", "P5", "M23", "F1"])
def test_a_short_code_that_is_no_interviewees_is_no_person(code: str) -> None:
    assert classify(code) != "anonymous_source"
    assert label_line(f"{code}: Leaders agree to review labour standards in supply chains.") is None


@pytest.mark.parametrize("line", ["W3: We worked through the night.", "P4: \"They kept our passports.\"",
                                  "R12: My contract was taken at the border."])
def test_a_short_code_speaking_in_the_first_person_is_a_line_label(line: str) -> None:
    assert label_line(line) is not None


@pytest.mark.parametrize("phrase", ["P-14, a bricklayer from Kerala", "AO-6", "W12, a cleaner", "R-3"])
def test_an_interviewees_code_with_or_without_an_apposition_is_an_unnamed_person(phrase: str) -> None:
    assert classify(phrase) == "anonymous_source"



@pytest.mark.parametrize("phrase,people", [
    ("Worker interviews", True), ("Interviews with returnees", True), ("testimonies of former seafarers", True),
    ("interviews with 12 migrant workers", True), ("Our worker interviews", True), ("Interviewee 7's testimony", True),
    ("Kim's testimony", False), ("the ministry's statement", False),
    ("The interviews", False), ("interviews with the ministry", False), ("The audit report", False),
])
def test_the_interviews_of_people_are_those_people_speaking(phrase: str, people: bool) -> None:
    assert people_interviews(phrase) is people



@pytest.mark.parametrize("sentence", [
    "Fees were capped by law at 200 dollars, but the loggers said they paid ten times as much.",
    "The site was inspected twice, yet several respondents said the guards kept their passports.",
])
def test_a_later_clause_gives_the_people_interviewed_their_finding(sentence: str) -> None:
    a = analyse(R + sentence, META)
    c = next(c for c in a.claims if sentence[:20] in c.text)
    s = a.source(c.source)
    assert s is not None and s.kind == "anonymous_source"


def test_a_clause_without_the_people_interviewed_stays_the_reports() -> None:
    a = analyse(R + "Wages were fixed in the contract at 600 dollars, but deductions left the North Korean crews with "
                "almost nothing.", META)
    c = next(c for c in a.claims if "deductions left" in c.text)
    s = a.source(c.source)
    assert s is None or s.kind in ("outlet", "document")


@pytest.mark.parametrize("block", [
    "Case study 2 \u2014 a seamstress in Dandong\nShe said the factory held her passport for three years.",
    "Testimony 3 (male, 44)\nHe said the foreman held his passport for three years.",
])
def test_a_pronoun_under_a_heading_is_the_labelled_person_not_a_group_met_before(block: str) -> None:
    a = analyse("Bound by debt\nThis report draws on interviews with 40 former North Korean workers.\n\n" + block, META)
    c = next(c for c in a.claims if "passport for three years" in c.text)
    s = a.source(c.source)
    assert s is not None and s.wording in ("Case study 2", "Testimony 3") and s.kind == "anonymous_source"
