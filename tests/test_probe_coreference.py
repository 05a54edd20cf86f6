"""Referring back to a source (probe PC): anonymous sources told apart and named again ("the first
source", "the Hyesan source", "the trader", "the Dandong-based source"), pronouns across sentences and
paragraphs after another person or a body, role nouns ("the researcher", "the defector", "the broker"), named
people by surname or title ("Dr Vance", "Ms Kim" when two Kims spoke), a later indefinite "a source" as a new
person, and bodies named again ("the group", "the company", "the ministry", "the agency"). Every text is written
for this test; people and companies are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.source_places import distinct_regions
from labourlens.analyse.source_refs import name_gender
from labourlens.analyse.speaker_roles import other_body
from labourlens.analyse.speakers import classify

H = ("Workers sent abroad describe harsh conditions\n\n"
     "Hundreds of foreign workers were sent to the site through brokers in 2023.\n\n")
A, N, OFF, G, U = "anonymous_source", "named_person", "official", "organization", "outlet"
META = {"published": "2025-03-01", "language": "en"}

# (shape, body, [(claim fragment, speaker head or "*", kind or "*", group: same letter = same source, "*" = any)])
CASES = [
 ("first_second_trader", "A source in North Hamgyong Province said the loggers were forced to work without pay. "
  "Another source, a trader in Hyesan, said the workers' passports were confiscated. "
  "The first source said the guards beat those who complained. "
  "The Hyesan source added that wages were sent to the state.",
  [("without pay", "source in North Hamgyong", A, "a"), ("passports were confiscated", "trader in Hyesan", A, "b"),
   ("guards beat", "source in North Hamgyong", A, "a"), ("wages were sent", "trader in Hyesan", A, "b")]),
 ("the_trader", "A source in Chongjin said the miners were forced to work 14 hours a day. "
  "A trader in Sinuiju said the workers had their phones taken away. "
  "The trader said the managers kept most of the wages.",
  [("14 hours", "source in Chongjin", A, "a"), ("phones taken", "trader in Sinuiju", A, "b"),
   ("kept most of the wages", "trader in Sinuiju", A, "b")]),
 ("one_worker_second", "One worker said the foreman confiscated the passports on arrival. "
  "A second worker said the crews were locked in the dormitory at night. "
  "The first worker said nobody was paid for overtime.",
  [("confiscated the passports", "worker", A, "a"), ("locked in the dormitory", "second worker", A, "b"),
   ("paid for overtime", "worker", A, "a")]),
 ("two_sources_both", "Two sources in Dandong told the newspaper that the seamstresses were forced to work until midnight. "
  "Both sources said the managers kept the workers' passports.",
  [("until midnight", "sources", A, "a"), ("kept the workers' passports", "sources", A, "a")]),
 ("one_of_them", "Two sources in Dandong said the seamstresses were forced to work until midnight. "
  "One of them said the managers kept the workers' passports.",
  [("until midnight", "sources", A, "a"), ("kept the workers' passports", "*", A, "*")]),
 ("new_a_source", "A source in Rason said the fishermen were forced to work without pay. "
  "A source in Chongjin said the workers were beaten by the guards.",
  [("without pay", "source in Rason", A, "a"), ("beaten by the guards", "source in Chongjin", A, "b")]),
 ("new_another", "A source in Hunchun said the seafood workers were forced to work 16 hours a day. "
  "Another source said the plant withheld their wages for months.",
  [("16 hours", "source in Hunchun", A, "a"), ("withheld their wages", "another source", A, "b")]),
 ("the_source_back", "A source in Hunchun said the seafood workers were forced to work 16 hours a day. "
  "The source said the plant withheld their wages for months.",
  [("16 hours", "source in Hunchun", A, "a"), ("withheld their wages", "source in Hunchun", A, "a")]),
 ("dandong_source", "A source in Dandong said the seamstresses were forced to work without pay. "
  "A source in Rason said the fishermen's passports were confiscated. "
  "The Dandong source said the guards locked the dormitory every night.",
  [("without pay", "source in Dandong", A, "a"), ("passports were confiscated", "source in Rason", A, "b"),
   ("locked the dormitory", "source in Dandong", A, "a")]),
 ("source_in_rason", "A source in Dandong said the seamstresses were forced to work without pay. "
  "A source in Rason said the fishermen's passports were confiscated. "
  "The source in Rason said the guards locked the dormitory every night.",
  [("without pay", "source in Dandong", A, "a"), ("passports were confiscated", "source in Rason", A, "b"),
   ("locked the dormitory", "source in Rason", A, "b")]),
 ("dandong_based", "A Dandong-based source said the seamstresses were forced to work without pay. "
  "A Shenyang-based source said the cooks' passports were confiscated. "
  "The Dandong source added that the guards locked the dormitory every night.",
  [("without pay", "Dandong-based source", A, "a"), ("passports were confiscated", "Shenyang-based source", A, "b"),
   ("locked the dormitory", "Dandong-based source", A, "a")]),
 ("second_source_back", "A source in Hyesan said the students were forced to work on farms without pay. "
  "A second source, a resident of Musan, said the loggers were beaten. "
  "The second source said the loggers' wages were withheld.",
  [("on farms", "source in Hyesan", A, "a"), ("loggers were beaten", "second source", A, "b"),
   ("wages were withheld", "second source", A, "b")]),
 ("trader_then_resident", "A trader in Dandong said the seamstresses were forced to work without pay. "
  "A resident of Sinuiju said the workers were sent to China against their will. "
  "The resident said the workers were not allowed to return home.",
  [("without pay", "trader in Dandong", A, "a"), ("against their will", "resident of Sinuiju", A, "b"),
   ("return home", "resident of Sinuiju", A, "b")]),
 ("he_after_named_org", "Park Chol-ho, a former logger, said the crews worked through the winter without pay. "
  "The Vostok Timber Company denied the claim. "
  "He said the managers kept the passports.",
  [("without pay", "Park Chol-ho", N, "a"), ("kept the passports", "Park Chol-ho", N, "a")]),
 ("she_gender", "Anna Berg, a researcher at Nordvik University, said the workers were paid nothing for months. "
  "Tomas Hale, a labour lawyer, said the contracts were never shown to the workers. "
  "She said the workers' passports were held by the manager.",
  [("paid nothing", "Anna Berg", N, "a"), ("never shown", "Tomas Hale", N, "b"), ("passports were held", "Anna Berg", N, "a")]),
 ("he_gender", "Anna Berg, a researcher at Nordvik University, said the workers were paid nothing for months. "
  "Tomas Hale, a labour lawyer, said the contracts were never shown to the workers. "
  "He said the workers' passports were held by the manager.",
  [("paid nothing", "Anna Berg", N, "a"), ("never shown", "Tomas Hale", N, "b"), ("passports were held", "Tomas Hale", N, "b")]),
 ("she_defector_para", "Lee Mi-young, a defector who worked at a restaurant in Shenyang, said the waitresses were never allowed outside.\n\n"
  "The restaurant's owner could not be reached for comment.\n\n"
  "She said the waitresses had to hand over their wages to a party secretary.",
  [("never allowed outside", "Lee Mi-young", N, "a"), ("hand over their wages", "Lee Mi-young", N, "a")]),
 ("they_sources", "Two workers at the plant said the managers confiscated their phones. "
  "They said the crews were fined for missing quotas.",
  [("confiscated their phones", "workers", A, "a"), ("fined for missing quotas", "workers", A, "a")]),
 ("he_quote_speaker", "\"We worked every day from six to midnight,\" said Jonas Weller, a welder from the site. "
  "He said the foreman kept the workers' passports.",
  [("six to midnight", "Jonas Weller", N, "a"), ("kept the workers' passports", "Jonas Weller", N, "a")]),
 ("he_after_ministry", "Samuel Okoye, an activist with Freedom Works, said the builders were paid half of what they were promised. "
  "The Ministry of Labour said it was investigating. "
  "He said the builders were housed in shipping containers.",
  [("paid half", "Samuel Okoye", N, "a"), ("shipping containers", "Samuel Okoye", N, "a")]),
 ("she_added_after_he", "Maria Costa, a nurse at the clinic, said the workers arrived with untreated injuries. "
  "Her colleague, Pedro Alves, said the workers were afraid to speak. "
  "She added that the workers' wages were withheld.",
  [("untreated injuries", "Maria Costa", N, "a"), ("afraid to speak", "Pedro Alves", N, "b"), ("wages were withheld", "Maria Costa", N, "a")]),
 ("the_official", "An official at South Korea's Ministry of Unification said about 5,000 North Korean workers remained in Russia. "
  "The official said the workers were sent on student visas.",
  [("5,000", "Ministry of Unification", OFF, "a"), ("student visas", "Ministry of Unification", OFF, "a")]),
 ("the_researcher", "Eva Lind, a researcher at the Baltic Labour Institute, said the welders were charged recruitment fees. "
  "The researcher said the welders had to repay the fees from their wages.",
  [("recruitment fees", "Eva Lind", N, "a"), ("repay the fees", "Eva Lind", N, "a")]),
 ("the_defector", "Choi Young-nam, a defector who worked in Kuwait, said the builders were forced to work 16 hours a day. "
  "The defector said the managers confiscated their passports.",
  [("16 hours", "Choi Young-nam", N, "a"), ("confiscated their passports", "Choi Young-nam", N, "a")]),
 ("the_manager_anon", "A manager at a garment factory in Hunchun said the North Korean workers were not allowed to leave the compound. "
  "The manager said their wages were paid to a North Korean company.",
  [("leave the compound", "manager", A, "a"), ("paid to a North Korean company", "manager", A, "a")]),
 ("the_broker", "A broker in Yanji said the women were sold to farmers for 30,000 yuan. "
  "The broker said the women were locked in a house until they were sold.",
  [("30,000 yuan", "broker", A, "a"), ("locked in a house", "broker", A, "a")]),
 ("the_spokesperson", "A spokesperson for Harbor Seafood Ltd said the workers were paid in full every month. "
  "The spokesperson said the company does not hold workers' passports.",
  [("paid in full", "Harbor Seafood", G, "a"), ("hold workers' passports", "Harbor Seafood", G, "a")]),
 ("the_activist", "Ruth Mensah, an activist with Labour Rights Ghana, said the labourers were not paid for six months. "
  "A factory supervisor said the workers were free to leave. "
  "The activist said the labourers' documents were confiscated.",
  [("six months", "Ruth Mensah", N, "a"), ("free to leave", "supervisor", A, "b"), ("documents were confiscated", "Ruth Mensah", N, "a")]),
 ("the_diplomat", "A Western diplomat in Pyongyang said the workers sent to China earned almost nothing. "
  "The diplomat said most of their wages went to the state.",
  [("almost nothing", "diplomat", A, "a"), ("most of their wages", "diplomat", A, "a")]),
 ("researcher_vs_official", "Eva Lind, a researcher at the Baltic Labour Institute, said the welders were charged recruitment fees. "
  "A spokesperson for Poland's labour inspectorate said inspectors found no violations. "
  "The researcher said the welders worked 70 hours a week.",
  [("recruitment fees", "Eva Lind", N, "a"), ("70 hours", "Eva Lind", N, "a")]),
 ("the_official_two", "An official at the Ministry of Labour said 300 workers were found without contracts. "
  "A worker at the site said the company kept their passports. "
  "The official said the workers had been paid late.",
  [("without contracts", "Ministry of Labour", OFF, "a"), ("kept their passports", "worker", A, "b"), ("paid late", "Ministry of Labour", OFF, "a")]),
 ("dr_vance", "Dr Helen Vance, a researcher at Eastgate University, said the workers were forced to work 12-hour shifts. "
  "Dr Vance said the workers' passports were taken by the agency.",
  [("12-hour shifts", "Helen Vance", N, "a"), ("passports were taken", "Vance", N, "a")]),
 ("ms_okafor", "Grace Okafor, who runs a migrant workers' shelter in Lagos, said the women were made to work without pay. "
  "Ms Okafor said the recruiter kept their passports.",
  [("without pay", "Grace Okafor", N, "a"), ("recruiter kept", "Okafor", N, "a")]),
 ("mr_ri", "Ri Song-chol, a former construction worker in Moscow, said the crews worked through the night. "
  "Mr Ri said the managers confiscated the workers' passports.",
  [("through the night", "Ri Song-chol", N, "a"), ("confiscated the workers' passports", "Ri", N, "a")]),
 ("surname_alone", "Kwame Asante, a labour organiser in Accra, said the workers were housed in containers. "
  "Asante said the workers had their pay withheld for months.",
  [("housed in containers", "Kwame Asante", N, "a"), ("pay withheld", "Asante", N, "a")]),
 ("two_kims_ms", "Kim Myong-su, a former logger, said the crews were forced to work without pay. "
  "Kim Sun-hui, a former seamstress, said the women were locked in their dormitory. "
  "Ms Kim said the managers took their passports.",
  [("without pay", "Kim Myong-su", N, "a"), ("locked in their dormitory", "Kim Sun-hui", N, "b"),
   ("took their passports", "Kim", N, "b")]),
 ("two_kims_mr", "Kim Sun-hui, a former seamstress, said the women were locked in their dormitory. "
  "Kim Myong-su, a former logger, said the crews were forced to work without pay. "
  "Mr Kim said the managers took their passports.",
  [("without pay", "Kim Myong-su", N, "a"), ("locked in their dormitory", "Kim Sun-hui", N, "b"),
   ("took their passports", "Kim", N, "a")]),
 ("two_kims_full", "Kim Myong-su, a former logger, said the crews were forced to work without pay. "
  "Kim Sun-hui, a former seamstress, said the women were locked in their dormitory. "
  "Kim Myong-su said the managers took their passports.",
  [("without pay", "Kim Myong-su", N, "a"), ("locked in their dormitory", "Kim Sun-hui", N, "b"),
   ("took their passports", "Kim Myong-su", N, "a")]),
 ("prof_title", "Professor Ingrid Sato of Northbay University said the workers were forced to pay for their own food. "
  "A spokesperson for the company said the workers were treated fairly. "
  "Sato said the workers' contracts were written in a language they could not read.",
  [("pay for their own food", "Ingrid Sato", N, "a"), ("language they could not read", "Sato", N, "a")]),
 ("two_surnames", "Laura Finch, a researcher, said the workers were paid nothing for three months. "
  "Daniel Finch, a lawyer for the workers, said the firm confiscated their passports. "
  "Laura Finch said the workers slept in a warehouse.",
  [("paid nothing", "Laura Finch", N, "a"), ("confiscated their passports", "Daniel Finch", N, "b"),
   ("slept in a warehouse", "Laura Finch", N, "a")]),
 ("mr_after_other", "Juan Ortega, a former foreman, said the workers were forced to work seven days a week. "
  "Sofia Ruiz, a nurse, said several workers had untreated injuries. "
  "Mr Ortega said wages were paid only every three months.",
  [("seven days", "Juan Ortega", N, "a"), ("untreated injuries", "Sofia Ruiz", N, "b"), ("every three months", "Ortega", N, "a")]),
 ("the_group", "Labour Watch Asia said the workers at the plant were paid less than half the minimum wage. "
  "The group said managers confiscated the workers' phones.",
  [("half the minimum wage", "Labour Watch Asia", G, "a"), ("confiscated the workers' phones", "Labour Watch Asia", G, "a")]),
 ("the_ngo", "The Freedom Road Foundation, an NGO based in Seoul, said the workers were forced to work 18 hours a day. "
  "The NGO said the workers were not allowed to contact their families.",
  [("18 hours", "Freedom Road Foundation", G, "a"), ("contact their families", "Freedom Road Foundation", G, "a")]),
 ("the_ministry", "Mongolia's Ministry of Labour and Social Protection said 400 North Korean workers remained in the country. "
  "The ministry said the workers' permits had expired.",
  [("400", "Ministry of Labour", OFF, "a"), ("permits had expired", "Ministry of Labour", OFF, "a")]),
 ("the_company", "Northwind Fisheries said the workers were paid in full. "
  "The company said the workers kept their own passports.",
  [("paid in full", "Northwind Fisheries", G, "a"), ("kept their own passports", "Northwind Fisheries", G, "a")]),
 ("the_firm", "Baltic Hull Works, a shipbuilder in Gdansk, said the welders were employed by a subcontractor. "
  "The firm said it had no knowledge of passport confiscation.",
  [("employed by a subcontractor", "Baltic Hull Works", G, "a"), ("passport confiscation", "Baltic Hull Works", G, "a")]),
 ("the_agency_news", "Yonhap News Agency reported that 200 North Korean workers arrived in Vladivostok in April. "
  "The agency said the workers were housed in shipping containers.",
  [("200 North Korean workers", "Yonhap", U, "a"), ("shipping containers", "Yonhap", U, "a")]),
 ("the_agency_state", "The National Intelligence Service said about 10,000 North Korean workers were in Russia. "
  "The agency said the workers were sent on student and tourist visas.",
  [("10,000", "National Intelligence Service", OFF, "a"), ("tourist visas", "National Intelligence Service", OFF, "a")]),
 ("the_agency_recruit", "A recruitment agency in Dhaka, Sunrise Manpower, said the workers paid fees of 3,000 dollars. "
  "The agency said the fees covered flights and visas.",
  [("3,000 dollars", "Sunrise Manpower", G, "a"), ("flights and visas", "Sunrise Manpower", G, "a")]),
 ("group_vs_company", "Labour Watch Asia said the workers at the plant were paid less than half the minimum wage. "
  "Northwind Fisheries said the workers were paid in full. "
  "The group said managers confiscated the workers' phones.",
  [("half the minimum wage", "Labour Watch Asia", G, "a"), ("paid in full", "Northwind Fisheries", G, "b"),
   ("confiscated the workers' phones", "Labour Watch Asia", G, "a")]),
 ("company_vs_group", "Labour Watch Asia said the workers at the plant were paid less than half the minimum wage. "
  "Northwind Fisheries said the workers were paid in full. "
  "The company said the workers kept their own passports.",
  [("half the minimum wage", "Labour Watch Asia", G, "a"), ("paid in full", "Northwind Fisheries", G, "b"),
   ("kept their own passports", "Northwind Fisheries", G, "b")]),
 ("the_organisation", "The Migrant Care Network said domestic workers in Dubai had their passports taken by employers. "
  "The organisation said many worked more than 15 hours a day.",
  [("passports taken", "Migrant Care Network", G, "a"), ("15 hours", "Migrant Care Network", G, "a")]),
 ("source_said_later_para", "A source in Sinuiju told the outlet that the workers were forced to pay bribes to go abroad.\n\n"
  "North Korea has sent thousands of workers to China in recent years.\n\n"
  "The source said the workers had to hand over 70 percent of their wages.",
  [("bribes", "source in Sinuiju", A, "a"), ("70 percent", "source in Sinuiju", A, "a")]),
 ("third_source", "A source in Hyesan said the workers were forced to work without pay. "
  "A second source in Musan said the loggers were beaten. "
  "A third source, a trader in Dandong, said the women's passports were confiscated.",
  [("without pay", "source in Hyesan", A, "a"), ("loggers were beaten", "second source", A, "b"),
   ("passports were confiscated", "third source", A, "c")]),
 ("the_worker_back", "A worker at a shipyard in Gdansk said the welders were forced to work 70 hours a week. "
  "The worker said the foreman kept their passports in a safe.",
  [("70 hours", "worker", A, "a"), ("in a safe", "worker", A, "a")]),
 ("two_officials_apart", "An official at the Ministry of Labour said 300 workers were found without contracts. "
  "An official at the police department said two managers were arrested for confiscating passports. "
  "The labour official said the workers were owed three months of wages.",
  [("without contracts", "Ministry of Labour", OFF, "a"), ("managers were arrested", "police", OFF, "b"),
   ("owed three months", "Ministry of Labour", OFF, "a")]),
 ("source_familiar", "A person familiar with the matter said the workers had not been paid since March. "
  "The person said managers threatened to send the workers home.",
  [("not been paid", "person familiar", A, "a"), ("threatened to send", "person familiar", A, "a")]),
 ("the_woman", "A woman who worked at the factory said the workers slept twelve to a room. "
  "The woman said the guards searched their bags every evening.",
  [("twelve to a room", "woman", A, "a"), ("searched their bags", "woman", A, "a")]),
 ("she_after_source", "A source in Hunchun said the seafood workers were forced to work 16 hours a day. "
  "She said the plant withheld their wages for months.",
  [("16 hours", "source in Hunchun", A, "a"), ("withheld their wages", "source in Hunchun", A, "a")]),
 ("defector_vs_official", "Han Ji-won, a defector who worked in Russia, said the builders were beaten by supervisors. "
  "An official at the Ministry of Unification said 2,000 workers remained in Russia. "
  "The defector added that the builders were forced to work 18 hours a day.",
  [("beaten by supervisors", "Han Ji-won", N, "a"), ("2,000", "Ministry of Unification", OFF, "b"), ("18 hours", "Han Ji-won", N, "a")]),
 ("two_sources_one_of", "Two sources in Rason said the fish plant workers were forced to work through the night. "
  "One of the sources said the guards took the workers' phones. "
  "Both said the wages were withheld.",
  [("through the night", "sources", A, "a"), ("wages were withheld", "sources", A, "a")]),
 ("two_workers_older", "Two workers, a man of 45 and a woman of 23, said the crews were locked in at night. "
  "The younger of the two said the managers took their passports.",
  [("locked in at night", "workers", A, "a"), ("took their passports", "*", A, "*")]),
 ("named_then_the_lawyer", "Tomas Hale, a lawyer for the workers, said the contracts were never shown to them. "
  "A spokesperson for the company said all contracts were signed. "
  "The lawyer said the workers' passports were held by the firm.",
  [("never shown", "Tomas Hale", N, "a"), ("passports were held", "Tomas Hale", N, "a")]),
 ("the_consul", "A consul at the Ghanaian embassy in Riyadh said dozens of domestic workers had sought shelter. "
  "The consul said their employers had confiscated their passports.",
  [("sought shelter", "consul", OFF, "a"), ("confiscated their passports", "consul", OFF, "a")]),
 ("the_inspector", "A labour inspector in Doha said the workers were not paid for four months. "
  "The inspector said the company was fined.",
  [("four months", "inspector", OFF, "a"), ("company was fined", "inspector", OFF, "a")]),
 ("new_trader_indef", "A trader in Dandong said the seamstresses were forced to work without pay. "
  "A trader in Hunchun said the seafood workers' passports were held by managers.",
  [("without pay", "trader in Dandong", A, "a"), ("passports were held", "trader in Hunchun", A, "b")]),
 ("the_latter", "A source in Hyesan said the students were forced to work on farms without pay. "
  "A source in Musan said the loggers were beaten. "
  "The latter said the loggers' wages were withheld.",
  [("on farms", "source in Hyesan", A, "a"), ("loggers were beaten", "source in Musan", A, "b"),
   ("wages were withheld", "source in Musan", A, "b")]),
 ("chinese_source", "A Chinese source in Dandong said the seamstresses were forced to work without pay. "
  "A North Korean source said the workers had to pay bribes to be sent abroad. "
  "The Chinese source added that the factory kept the workers' passports.",
  [("without pay", "Chinese source", A, "a"), ("bribes", "North Korean source", A, "b"),
   ("kept the workers' passports", "Chinese source", A, "a")]),
 ("rason_based_trader", "A Rason-based trader said the fish plant workers were forced to work through the night. "
  "A Dandong-based trader said the seamstresses' passports were confiscated. "
  "The Rason trader said the workers were paid nothing.",
  [("through the night", "Rason-based trader", A, "a"), ("passports were confiscated", "Dandong-based trader", A, "b"),
   ("paid nothing", "Rason-based trader", A, "a")]),
 ("border_city_of", "A source in the Chinese border city of Dandong said the seamstresses were forced to work without pay. "
  "A source in Hunchun said the seafood workers' passports were confiscated. "
  "The Dandong source said the guards locked the dormitory every night.",
  [("without pay", "Dandong", A, "a"), ("passports were confiscated", "source in Hunchun", A, "b"),
   ("locked the dormitory", "Dandong", A, "a")]),
 ("first_trader", "A trader in Dandong said the seamstresses were forced to work without pay. "
  "A second trader said the workers' passports were confiscated. "
  "The first trader said the guards locked the dormitory every night.",
  [("without pay", "trader in Dandong", A, "a"), ("passports were confiscated", "second trader", A, "b"),
   ("locked the dormitory", "trader in Dandong", A, "a")]),
 ("he_male_after_female", "Tomas Hale, a labour lawyer, said the contracts were never shown to the workers. "
  "Anna Berg, a researcher at Nordvik University, said the workers were paid nothing for months. "
  "He said the workers' passports were held by the manager.",
  [("never shown", "Tomas Hale", N, "a"), ("paid nothing", "Anna Berg", N, "b"), ("passports were held", "Tomas Hale", N, "a")]),
 ("she_nearest", "Anna Berg, a researcher at Nordvik University, said the workers were paid nothing for months. "
  "Maria Costa, a nurse, said the workers arrived with untreated injuries. "
  "She said the workers were afraid to complain.",
  [("paid nothing", "Anna Berg", N, "a"), ("untreated injuries", "Maria Costa", N, "b"), ("afraid to complain", "Maria Costa", N, "b")]),
 ("colleague_prefix", "Maria Costa, a nurse at the clinic, said the workers arrived with untreated injuries. "
  "Her colleague, Pedro Alves, said the workers were afraid to speak.",
  [("untreated injuries", "Maria Costa", N, "a"), ("afraid to speak", "Pedro Alves", N, "b")]),
 ("he_pedro", "Pedro Alves, a nurse at the clinic, said the workers arrived with untreated injuries. "
  "Maria Costa, a doctor, said the workers were afraid to speak. "
  "He added that the workers' wages were withheld.",
  [("untreated injuries", "Pedro Alves", N, "a"), ("afraid to speak", "Maria Costa", N, "b"), ("wages were withheld", "Pedro Alves", N, "a")]),
 ("the_foreman", "A foreman at the shipyard said the welders worked 70 hours a week. "
  "The foreman said the company kept their passports in a safe.",
  [("70 hours", "foreman", A, "a"), ("in a safe", "foreman", A, "a")]),
 ("the_recruiter", "A recruiter in Kathmandu said the workers paid fees of 1,500 dollars to go to Qatar. "
  "The recruiter said most borrowed the money from moneylenders.",
  [("1,500 dollars", "recruiter", A, "a"), ("moneylenders", "recruiter", A, "a")]),
 ("the_pastor", "A pastor who helps defectors in Shenyang said the waitresses were never allowed to leave the restaurant. "
  "The pastor said the women handed their wages to a party official.",
  [("never allowed to leave", "pastor", A, "a"), ("handed their wages", "pastor", A, "a")]),
 ("named_official", "Ivan Petrov, deputy head of the regional migration service, said 1,200 North Korean workers were in the region. "
  "The official said most of them worked on construction sites.",
  [("1,200", "Ivan Petrov", OFF, "a"), ("construction sites", "Ivan Petrov", OFF, "a")]),
 ("the_professor", "Helen Vance, a professor at Eastgate University, said the workers were forced to work 12-hour shifts. "
  "The professor said the workers' passports were taken by the agency.",
  [("12-hour shifts", "Helen Vance", N, "a"), ("passports were taken", "Helen Vance", N, "a")]),
 ("the_analyst", "Lee Jae-hoon, an analyst at the Seoul Policy Institute, said the workers earned about 100 dollars a month. "
  "The analyst said most of their pay went to the state.",
  [("100 dollars", "Lee Jae-hoon", N, "a"), ("went to the state", "Lee Jae-hoon", N, "a")]),
 ("former_worker", "A former worker at the plant said the managers confiscated the passports. "
  "The former worker said the crews were locked in at night.",
  [("confiscated the passports", "former worker", A, "a"), ("locked in at night", "former worker", A, "a")]),
 ("aged_woman", "A 34-year-old woman from Chongjin said the managers deducted most of her wages. "
  "The woman said she was beaten when she complained.",
  [("deducted most", "woman", A, "a"), ("beaten when she complained", "woman", A, "a")]),
 ("dr_period", "Dr. Helen Vance, a researcher at Eastgate University, said the workers were forced to work 12-hour shifts. "
  "A company spokesman said the shifts were legal. "
  "Dr. Vance said the workers' passports were taken by the agency.",
  [("12-hour shifts", "Helen Vance", N, "a"), ("passports were taken", "Vance", N, "a")]),
 ("mrs_period", "Grace Okafor, who runs a migrant workers' shelter in Lagos, said the women were made to work without pay. "
  "Mrs. Okafor said the recruiter kept their passports.",
  [("without pay", "Grace Okafor", N, "a"), ("recruiter kept", "Okafor", N, "a")]),
 ("ngo_director", "Jane Moss, director of the Freedom Road Foundation, said the workers were not allowed to contact their families. "
  "The director said the workers' wages were paid to a state company.",
  [("contact their families", "Jane Moss", "*", "a"), ("state company", "Jane Moss", "*", "a")]),
 ("ministry_after_company", "The Ministry of Labour said 300 workers were found without contracts. "
  "Northwind Fisheries said the workers were paid in full. "
  "The ministry said the company had withheld wages for three months.",
  [("without contracts", "Ministry of Labour", OFF, "a"), ("paid in full", "Northwind Fisheries", G, "b"),
   ("three months", "Ministry of Labour", OFF, "a")]),
 ("source_then_new_a_source_same_place", "A source in Hyesan said the students were forced to work on farms without pay. "
  "The source said the students were beaten. "
  "A source in Musan said the loggers' wages were withheld.",
  [("on farms", "source in Hyesan", A, "a"), ("students were beaten", "source in Hyesan", A, "a"),
   ("wages were withheld", "source in Musan", A, "b")]),
 ("the_engineer", "An engineer who worked at the site said the builders were forced to work through the night. "
  "A spokesman for Polar Construction said the builders worked eight-hour shifts. "
  "The engineer said the builders' passports were kept by the site manager.",
  [("through the night", "engineer", A, "a"), ("passports were kept", "engineer", A, "a")]),
 ("the_fisherman", "A fisherman from Nampo said the crews were forced to work 20 hours a day. "
  "The fisherman said the captain kept their identity papers.",
  [("20 hours", "fisherman", A, "a"), ("identity papers", "fisherman", A, "a")]),
 ("surname_after_other_org", "Kwame Asante, a labour organiser in Accra, said the workers were housed in containers. "
  "Gulf Build Ltd said the housing met all standards. "
  "Asante said the workers had their pay withheld for months.",
  [("housed in containers", "Kwame Asante", N, "a"), ("pay withheld", "Asante", N, "a")]),
 ("the_smuggler", "A smuggler who works on the Tumen River said the women were sold to farmers in Jilin. "
  "The smuggler said the women were locked up until they were sold.",
  [("sold to farmers", "smuggler", A, "a"), ("locked up", "smuggler", A, "a")]),
 ("they_ngo", "Labour Watch Asia said the workers at the plant were paid less than half the minimum wage. "
  "It said managers confiscated the workers' phones.",
  [("half the minimum wage", "Labour Watch Asia", G, "a"), ("confiscated the workers' phones", "Labour Watch Asia", G, "a")]),
 ("vague_then_fuller", "A source said the miners were forced to work without pay. "
  "The source, a trader in Hyesan, added that the guards beat those who complained.",
  [("without pay", "source", A, "a"), ("guards beat", "source", A, "a")]),
 ("quote_after_two", "A source in Hyesan said the students were forced to work on farms without pay. "
  "A source in Musan said the loggers were beaten. "
  "\"They take everything we earn,\" the Musan source said.",
  [("on farms", "source in Hyesan", A, "a"), ("loggers were beaten", "source in Musan", A, "b"),
   ("take everything", "source in Musan", A, "b")]),
 ("hyesan_based_back", "A source in Hyesan said the students were forced to work on farms without pay. "
  "A source in Musan said the loggers were beaten. "
  "The Hyesan-based source said the students' wages were withheld.",
  [("on farms", "source in Hyesan", A, "a"), ("loggers were beaten", "source in Musan", A, "b"),
   ("wages were withheld", "source in Hyesan", A, "a")]),
 ("the_two_sources", "A source in Hyesan said the students were forced to work on farms without pay. "
  "A source in Musan said the loggers were beaten.",
  [("on farms", "source in Hyesan", A, "a"), ("loggers were beaten", "source in Musan", A, "b")]),
 ("ngo_appositive", "Freedom Road, a Seoul-based NGO, said the workers were forced to work 18 hours a day. "
  "A company manager said the workers were treated well. "
  "The NGO said the workers were not allowed to contact their families.",
  [("18 hours", "Freedom Road", G, "a"), ("contact their families", "Freedom Road", G, "a")]),
 ("spokeswoman", "A spokeswoman for Harbor Seafood Ltd said the workers were paid in full every month. "
  "A labour inspector said the workers had been owed wages for three months. "
  "The spokeswoman said the company does not hold workers' passports.",
  [("paid in full", "Harbor Seafood", G, "a"), ("three months", "inspector", OFF, "b"), ("hold workers' passports", "Harbor Seafood", G, "a")]),
 ("anon_official_back", "An official in Hunchun who spoke on condition of anonymity said the North Korean workers were not allowed to leave the plant. "
  "The official said their wages were paid to a state company.",
  [("leave the plant", "official", A, "a"), ("state company", "official", A, "a")]),
 ("the_ministry_spokesperson", "A spokesperson for Kuwait's Ministry of Interior said 200 workers had overstayed their visas. "
  "The ministry said the workers would be deported.",
  [("overstayed", "Ministry of Interior", OFF, "a"), ("deported", "Ministry of Interior", OFF, "a")]),
 ("sources_then_one_source", "Sources in Dandong said the seamstresses were forced to work until midnight. "
  "One source said the managers kept the workers' passports.",
  [("until midnight", "sources", A, "*"), ("kept the workers' passports", "source", A, "*")]),
 ("named_he_then_female_org", "Park Chol-ho, a former logger, said the crews worked through the winter without pay. "
  "Anna Berg, a researcher, said the workers were paid nothing. "
  "He said the managers kept the passports.",
  [("without pay", "Park Chol-ho", N, "a"), ("paid nothing", "Anna Berg", N, "b"), ("kept the passports", "Park Chol-ho", N, "a")]),
 ("she_korean_female", "Kim Sun-hui, a former seamstress, said the women were locked in their dormitory. "
  "A spokesman for the factory said the dormitory was open. "
  "She said the managers took their passports.",
  [("locked in their dormitory", "Kim Sun-hui", N, "a"), ("took their passports", "Kim Sun-hui", N, "a")]),
 ("the_worker_after_named", "A worker at the plant said the managers confiscated the passports. "
  "Ruth Mensah, an activist, said the workers were not paid for six months. "
  "The worker said the crews were locked in at night.",
  [("confiscated the passports", "worker", A, "a"), ("six months", "Ruth Mensah", N, "b"), ("locked in at night", "worker", A, "a")]),
 ("the_company_after_ngo_reversed", "Northwind Fisheries said the workers were paid in full. "
  "Labour Watch Asia said the workers were paid less than half the minimum wage. "
  "The company said the workers kept their own passports.",
  [("paid in full", "Northwind Fisheries", G, "a"), ("half the minimum wage", "Labour Watch Asia", G, "b"),
   ("kept their own passports", "Northwind Fisheries", G, "a")]),
 ("the_group_after_company", "The Migrant Care Network said domestic workers had their passports taken by employers. "
  "Desert Homes Agency said it followed the law. "
  "The group said many worked more than 15 hours a day.",
  [("passports taken", "Migrant Care Network", G, "a"), ("15 hours", "Migrant Care Network", G, "a")]),
 ("the_younger", "Two workers, a man of 45 and a woman of 23, said the crews were locked in at night. "
  "The woman said the managers took their passports.",
  [("locked in at night", "workers", A, "a"), ("took their passports", "*", A, "*")]),
 ("resident_of_place", "A resident of Chongjin said the miners were forced to work without pay. "
  "A trader in Hoeryong said the loggers were beaten. "
  "The Chongjin resident said the miners' rations were cut.",
  [("without pay", "resident of Chongjin", A, "a"), ("loggers were beaten", "trader in Hoeryong", A, "b"),
   ("rations were cut", "resident of Chongjin", A, "a")]),
 ("hyesan_trader", "A trader in Hyesan said the students were forced to work on farms without pay. "
  "A source in Musan said the loggers were beaten. "
  "The Hyesan trader said the students' wages were withheld.",
  [("on farms", "trader in Hyesan", A, "a"), ("loggers were beaten", "source in Musan", A, "b"),
   ("wages were withheld", "trader in Hyesan", A, "a")]),
 ("province_source_back", "A source in North Hamgyong Province said the miners were forced to work without pay. "
  "A source in Ryanggang Province said the loggers were beaten. "
  "The North Hamgyong source said the miners' rations were cut.",
  [("without pay", "North Hamgyong", A, "a"), ("loggers were beaten", "Ryanggang", A, "b"),
   ("rations were cut", "North Hamgyong", A, "a")]),
 ("man_woman", "A man who worked at the plant said the managers confiscated the passports. "
  "A woman who worked in the kitchen said the cooks were never paid. "
  "The man said the crews were locked in at night.",
  [("confiscated the passports", "man", A, "a"), ("never paid", "woman", A, "b"), ("locked in at night", "man", A, "a")]),
 ("woman_man_she", "A woman who worked in the kitchen said the cooks were never paid. "
  "A man who worked at the plant said the managers confiscated the passports. "
  "She said the crews were locked in at night.",
  [("never paid", "woman", A, "a"), ("confiscated the passports", "man", A, "b"), ("locked in at night", "woman", A, "a")]),
 ("the_think_tank", "The Seoul Policy Institute, a think tank, said about 20,000 North Korean workers remained in China. "
  "The think tank said the workers were forced to work 14 hours a day.",
  [("20,000", "Seoul Policy Institute", G, "a"), ("14 hours", "Seoul Policy Institute", G, "a")]),
 ("the_union", "The Baltic Welders Union said the workers were paid half the agreed wage. "
  "Baltic Hull Works said the wages were lawful. "
  "The union said the welders had their passports taken.",
  [("half the agreed wage", "Baltic Welders Union", G, "a"), ("wages were lawful", "Baltic Hull Works", G, "b"),
   ("passports taken", "Baltic Welders Union", G, "a")]),
 ("the_embassy", "The Nepali embassy in Doha said 40 workers had sought shelter after their wages were withheld. "
  "A spokesman for the contractor said the workers were paid. "
  "The embassy said the workers' passports were still with the employer.",
  [("sought shelter", "embassy", OFF, "a"), ("passports were still", "embassy", OFF, "a")]),
 ("the_lawmaker", "Lawmaker Jana Vos said the seasonal workers were charged illegal fees. "
  "The lawmaker said the workers had to repay the fees from their wages.",
  [("illegal fees", "Jana Vos", OFF, "a"), ("repay the fees", "Jana Vos", OFF, "a")]),
 ("same_source", "A source in Rason said the fishermen were forced to work without pay. "
  "A trader in Chongjin said the miners were beaten. "
  "The same source said the fishermen's passports were held by the captain.",
  [("without pay", "source in Rason", A, "a"), ("miners were beaten", "trader in Chongjin", A, "b")]),
 ("ms_lee_gender", "Lee Mi-young, a former waitress, said the women were never allowed outside. "
  "Lee Jae-hoon, an analyst, said most of the wages went to the state. "
  "Ms Lee said the waitresses were watched by a minder.",
  [("never allowed outside", "Lee Mi-young", N, "a"), ("went to the state", "Lee Jae-hoon", N, "b"),
   ("watched by a minder", "Lee", N, "a")]),
 ("mr_lee_gender", "Lee Mi-young, a former waitress, said the women were never allowed outside. "
  "Lee Jae-hoon, an analyst, said most of the wages went to the state. "
  "Mr Lee said the waitresses were watched by a minder.",
  [("never allowed outside", "Lee Mi-young", N, "a"), ("went to the state", "Lee Jae-hoon", N, "b"),
   ("watched by a minder", "Lee", N, "b")]),
 ("the_chinese_manager", "A Chinese manager at the plant said the North Korean workers were not allowed to leave. "
  "A North Korean supervisor said the workers were paid every month. "
  "The Chinese manager said the wages were sent to Pyongyang.",
  [("not allowed to leave", "Chinese manager", A, "a"), ("paid every month", "North Korean supervisor", A, "b"),
   ("sent to Pyongyang", "Chinese manager", A, "a")]),
 ("he_across_paragraphs", "Park Chol-ho, a former logger, said the crews worked through the winter without pay.\n\n"
  "North Korea sends thousands of loggers to Russia each year, according to Vostok Rights Centre.\n\n"
  "\"We were beaten if we complained,\" he said.",
  [("without pay", "Park Chol-ho", N, "a"), ("beaten if we complained", "Park Chol-ho", N, "a")]),
 ("another_trader_new", "A trader in Dandong said the seamstresses were forced to work without pay. "
  "Another trader said the workers' passports were confiscated.",
  [("without pay", "trader in Dandong", A, "a"), ("passports were confiscated", "another trader", A, "b")]),
 ("source_in_rason_zone", "A source in the Rason Special Economic Zone said the fish plant workers were not paid. "
  "A source in Chongjin said the miners were beaten. "
  "The Rason source said the workers' phones were taken.",
  [("not paid", "Rason", A, "a"), ("miners were beaten", "source in Chongjin", A, "b"), ("phones were taken", "Rason", A, "a")]),
 ("named_expert_then_he_quote", "Andrei Volkov, a professor at Far Eastern University, said the loggers were paid almost nothing. "
  "Labour Watch Asia said the loggers were forced to work 16 hours a day. "
  "\"The contracts are a fiction,\" Volkov said.",
  [("almost nothing", "Andrei Volkov", N, "a"), ("16 hours", "Labour Watch Asia", G, "b"), ("contracts are a fiction", "Volkov", N, "a")]),
 ("mr_lee_reversed", "Lee Jae-hoon, an analyst, said most of the wages went to the state. "
  "Lee Mi-young, a former waitress, said the women were never allowed outside. "
  "Mr Lee said the waitresses were watched by a minder.",
  [("never allowed outside", "Lee Mi-young", N, "a"), ("went to the state", "Lee Jae-hoon", N, "b"),
   ("watched by a minder", "Lee", N, "b")]),
 ("ms_kim_she_marked", "Kim Sun-hui said the women were locked in their dormitory. She said the guards took their phones. "
  "Kim Myong-su, an analyst, said the crews were forced to work without pay. "
  "Ms Kim said the managers took their passports.",
  [("without pay", "Kim Myong-su", N, "a"), ("locked in their dormitory", "Kim Sun-hui", N, "b"),
   ("took their passports", "Kim", N, "b")]),
 ("quote_first_source", "A source in Hyesan said the students were forced to work on farms without pay. "
  "A second source said the loggers were beaten. "
  "\"They took everything we earned,\" the first source said.",
  [("on farms", "source in Hyesan", A, "a"), ("loggers were beaten", "second source", A, "b"), ("took everything", "source in Hyesan", A, "a")]),
 ("said_the_source_inverted", "A source in Hyesan said the students were forced to work on farms without pay. "
  "The students were also beaten by guards, said the source.",
  [("on farms", "source in Hyesan", A, "a"), ("beaten by guards", "source in Hyesan", A, "a")]),
 ("according_to_the_source", "A source in Hyesan said the students were forced to work on farms without pay. "
  "According to the source, the students were beaten by guards.",
  [("on farms", "source in Hyesan", A, "a"), ("beaten by guards", "source in Hyesan", A, "a")]),
 ("second_source_added", "A source in Hyesan said the students were forced to work on farms without pay. "
  "A second source said the loggers were beaten. "
  "The second source added that the loggers' wages were withheld.",
  [("on farms", "source in Hyesan", A, "a"), ("loggers were beaten", "second source", A, "b"),
   ("wages were withheld", "second source", A, "b")]),
 ("hyesan_who", "A source in Hyesan said the students were forced to work on farms without pay. "
  "A source in Musan said the loggers were beaten. "
  "The Hyesan source, who has relatives among the students, said their wages were withheld.",
  [("on farms", "source in Hyesan", A, "a"), ("loggers were beaten", "source in Musan", A, "b"),
   ("wages were withheld", "source in Hyesan", A, "a")]),
 ("she_anon_woman", "A woman in Hyesan said the students were forced to work on farms without pay. "
  "A man in Musan said the loggers were beaten. "
  "She said the students' wages were withheld.",
  [("on farms", "woman in Hyesan", A, "a"), ("loggers were beaten", "man in Musan", A, "b"),
   ("wages were withheld", "woman in Hyesan", A, "a")]),
 ("he_new_paragraph_after_company", "Park Chol-ho, a former logger, said the crews worked through the winter without pay.\n\n"
  "Vostok Timber said it paid all workers on time.\n\n"
  "He said the managers kept the passports in a safe.",
  [("without pay", "Park Chol-ho", N, "a"), ("in a safe", "Park Chol-ho", N, "a")]),
 ("official_named_then_anon", "Ivan Petrov, deputy head of the regional migration service, said 1,200 North Korean workers were in the region. "
  "A worker at one site said the crews were locked in at night. "
  "The official said most of them worked on construction sites.",
  [("1,200", "Ivan Petrov", OFF, "a"), ("locked in at night", "worker", A, "b"), ("construction sites", "Ivan Petrov", OFF, "a")]),
 ("news_agency_vs_nis", "Yonhap News Agency reported that the National Intelligence Service told lawmakers that 10,000 workers were in Russia. "
  "Labour Watch Asia said the workers were forced to work 16 hours a day. "
  "The news agency said the workers were sent on student visas.",
  [("10,000", "National Intelligence Service", OFF, "a"), ("student visas", "Yonhap", U, "b")]),
 ("spy_agency", "South Korea's National Intelligence Service said about 10,000 North Korean workers were in Russia. "
  "Labour Watch Asia said the workers were forced to work 16 hours a day. "
  "The spy agency said the workers were sent on student visas.",
  [("10,000", "National Intelligence Service", OFF, "a"), ("16 hours", "Labour Watch Asia", G, "b"),
   ("student visas", "National Intelligence Service", OFF, "a")]),
 ("the_firm_after_ngo", "Baltic Hull Works said the welders were employed by a subcontractor. "
  "Labour Watch Asia said the welders were paid half the minimum wage. "
  "The firm said it had no knowledge of passport confiscation.",
  [("employed by a subcontractor", "Baltic Hull Works", G, "a"), ("half the minimum wage", "Labour Watch Asia", G, "b"),
   ("passport confiscation", "Baltic Hull Works", G, "a")]),
 ("the_rights_group", "The Migrant Care Network said domestic workers had their passports taken by employers. "
  "Desert Homes Ltd said it followed the law. "
  "The rights group said many worked more than 15 hours a day.",
  [("passports taken", "Migrant Care Network", G, "a"), ("15 hours", "Migrant Care Network", G, "a")]),
 ("the_organisation_after_firm", "The Migrant Care Network said domestic workers had their passports taken by employers. "
  "Desert Homes Ltd said it followed the law. "
  "The organisation said many worked more than 15 hours a day.",
  [("passports taken", "Migrant Care Network", G, "a"), ("15 hours", "Migrant Care Network", G, "a")]),
 ("the_charity_after_firm", "Hope Bridge, a charity in Colombo, said the women were forced to work without rest days. "
  "Gulf Star Recruitment Ltd said the women signed their contracts freely. "
  "The charity said the women's passports were kept by their employers.",
  [("without rest days", "Hope Bridge", G, "a"), ("passports were kept", "Hope Bridge", G, "a")]),
 ("broker_vs_trader", "A broker in Yanji said the women were sold to farmers for 30,000 yuan. "
  "A trader in Tumen said the women were locked in a house. "
  "The broker said the women were beaten if they tried to escape.",
  [("30,000 yuan", "broker", A, "a"), ("locked in a house", "trader", A, "b"), ("tried to escape", "broker", A, "a")]),
 ("appositive_trader", "A source, a trader in Hyesan, said the students were forced to work on farms without pay. "
  "A resident of Musan said the loggers were beaten. "
  "The trader said the students' wages were withheld.",
  [("on farms", "source", A, "a"), ("loggers were beaten", "resident of Musan", A, "b"), ("wages were withheld", "source", A, "a")]),
 ("the_person_knowledge", "A person with knowledge of the matter said the workers had not been paid since March. "
  "A company spokesman said the wages were paid. "
  "The person said managers threatened to send the workers home.",
  [("not been paid", "person with knowledge", A, "a"), ("threatened to send", "person with knowledge", A, "a")]),
 ("the_insider", "An insider at the trading company said the workers were forced to hand over 70 percent of their wages. "
  "The insider said workers who refused were sent home.",
  [("70 percent", "insider", A, "a"), ("sent home", "insider", A, "a")]),
 ("a_source_new_after_named", "Park Chol-ho, a former logger, said the crews worked through the winter without pay. "
  "A source in Khabarovsk said the loggers' passports were held by the managers.",
  [("without pay", "Park Chol-ho", N, "a"), ("passports were held", "source in Khabarovsk", A, "b")]),
 ("she_org_intervening_female", "Grace Okafor, who runs a shelter in Lagos, said the women were made to work without pay. "
  "The recruitment agency denied the claims. "
  "She said the recruiter kept their passports.",
  [("without pay", "Grace Okafor", N, "a"), ("recruiter kept", "Grace Okafor", N, "a")]),
 ("two_sources_then_the_source_nearest", "A source in Hyesan said the students were forced to work on farms without pay. "
  "A source in Musan said the loggers were beaten. "
  "The source said the loggers' wages were withheld.",
  [("on farms", "source in Hyesan", A, "a"), ("loggers were beaten", "source in Musan", A, "b"),
   ("wages were withheld", "source in Musan", A, "b")]),
 ("the_two_traders", "Two traders in Dandong said the seamstresses were forced to work until midnight. "
  "A factory manager said the shifts ended at six. "
  "The two traders said the workers' passports were held by a minder.",
  [("until midnight", "traders", A, "a"), ("held by a minder", "traders", A, "a")]),
 ("the_women_after_two_women", "Two women who escaped from the restaurant said they were never paid. "
  "The women said a minder escorted them whenever they left the building.",
  [("never paid", "women", A, "a"), ("minder escorted", "women", A, "a")]),
 ("chinese_firm", "A Chinese firm, Jinhai Seafood, said the North Korean workers were employed legally. "
  "Labour Watch Asia said the workers were paid less than half the minimum wage. "
  "The Chinese firm said the workers kept their own passports.",
  [("employed legally", "Jinhai Seafood", G, "a"), ("half the minimum wage", "Labour Watch Asia", G, "b"),
   ("kept their own passports", "Jinhai Seafood", G, "a")]),
 ("the_contractor", "Al Noor Contracting, the main contractor, said the builders were paid on time. "
  "The Nepali embassy said the builders were owed four months of wages. "
  "The contractor said the builders' passports were kept for safekeeping.",
  [("paid on time", "Al Noor Contracting", G, "a"), ("four months", "embassy", OFF, "b"), ("safekeeping", "Al Noor Contracting", G, "a")]),
 ("recruitment_agency_after_ministry", "Sunrise Manpower, a recruitment agency in Dhaka, said the workers paid fees of 3,000 dollars. "
  "Bangladesh's Ministry of Expatriates' Welfare said the fees were illegal. "
  "The recruitment agency said the fees covered flights and visas.",
  [("3,000 dollars", "Sunrise Manpower", G, "a"), ("fees were illegal", "Ministry", OFF, "b"), ("flights and visas", "Sunrise Manpower", G, "a")]),
 ("the_department", "The US Department of Labor said the seafood was produced with forced labour. "
  "A spokesman for the processor said the crews were paid. "
  "The department said the crews worked 20 hours a day.",
  [("forced labour", "Department of Labor", OFF, "a"), ("20 hours", "Department of Labor", OFF, "a")]),
 ("ilo_acronym", "The International Labour Organization said the workers were trapped by recruitment debts. "
  "The ILO said many had paid fees equal to a year's wages.",
  [("recruitment debts", "International Labour Organization", "*", "a"), ("a year's wages", "International Labour Organization", "*", "a")]),
 ("the_economist", "Helen Vance, an economist at Eastgate University, said the workers earned about 100 dollars a month. "
  "A spokesperson for the Ministry of Labour said wages met the legal minimum. "
  "The economist said most of the wages went to the state.",
  [("100 dollars", "Helen Vance", N, "a"), ("went to the state", "Helen Vance", N, "a")]),
 ("named_former_worker", "Jo Song-il, a former construction worker, said the crews were forced to work 16 hours a day. "
  "The former worker said the managers kept the passports.",
  [("16 hours", "Jo Song-il", N, "a"), ("kept the passports", "Jo Song-il", N, "a")]),
 ("three_sources_one", "Three sources in Rason said the fish plant workers were not paid for months. "
  "One of the three said the guards took the workers' phones.",
  [("not paid for months", "sources", A, "a"), ("took the workers' phones", "*", A, "*")]),
 ("source_quote_paragraphs", "A source in Hoeryong told the newspaper that the miners were forced to work without pay.\n\n"
  "\"Those who complain are sent to the mines in the north,\" the source said.\n\n"
  "The source added that the miners' rations had been cut in half.",
  [("without pay", "source in Hoeryong", A, "a"), ("sent to the mines", "source in Hoeryong", A, "a"), ("rations", "source in Hoeryong", A, "a")]),
 ("he_two_males_nearest", "Park Chol-ho, a former logger, said the crews worked through the winter without pay. "
  "Juan Ortega, a former foreman, said the workers were forced to work seven days a week. "
  "He said the managers kept the passports.",
  [("without pay", "Park Chol-ho", N, "a"), ("seven days", "Juan Ortega", N, "b"), ("kept the passports", "Juan Ortega", N, "b")]),
 ("surname_hyphen_korean", "Choi Young-nam, a defector who worked in Kuwait, said the builders were forced to work 16 hours a day. "
  "Labour Watch Asia said the builders were paid nothing. "
  "Choi said the managers confiscated their passports.",
  [("16 hours", "Choi Young-nam", N, "a"), ("confiscated their passports", "Choi", N, "a")]),
 ("spokesperson_named_later", "A spokesperson for Northwind Fisheries said the workers were paid in full. "
  "The spokesperson, Anna Holm, said the company does not hold workers' passports.",
  [("paid in full", "Northwind Fisheries", G, "a"), ("hold workers' passports", "*", G, "a")]),
 ("the_police", "Police in Doha said 30 domestic workers had been rescued from a house where they were locked in. "
  "The police said the employer had confiscated their passports.",
  [("locked in", "Police", OFF, "a"), ("confiscated their passports", "Police", OFF, "a")]),
 ("source_told_outlet_then_source_said_later_after_named", "A source in Sinuiju told the outlet that the workers were forced to pay bribes to go abroad. "
  "Andrei Volkov, a professor, said the bribes could reach 2,000 dollars. "
  "The source said the workers had to hand over 70 percent of their wages.",
  [("bribes to go abroad", "source in Sinuiju", A, "a"), ("2,000 dollars", "Andrei Volkov", N, "b"), ("70 percent", "source in Sinuiju", A, "a")]),
 ("said_the_dandong_source", "A source in Dandong said the seamstresses were forced to work without pay. "
  "A source in Hunchun said the seafood workers' passports were confiscated. "
  "The workers are locked in at night, said the Dandong source.",
  [("without pay", "source in Dandong", A, "a"), ("passports were confiscated", "source in Hunchun", A, "b"), ("locked in at night", "source in Dandong", A, "a")]),
 ("same_qualified_again", "A source in Hyesan said the students were forced to work on farms without pay.\n\n"
  "Labour Watch Asia said the students were beaten.\n\n"
  "A source in Hyesan also told the newspaper that the students' wages were withheld.",
  [("on farms", "source in Hyesan", A, "a"), ("wages were withheld", "source in Hyesan", A, "a")]),
 ("another_source_same_place", "A source in Hyesan said the students were forced to work on farms without pay. "
  "Another source in Hyesan said the students' wages were withheld.",
  [("on farms", "source in Hyesan", A, "a"), ("wages were withheld", "Another source in Hyesan", A, "b")]),
 ("trader_who_said", "A trader in Hyesan said the students were forced to work on farms without pay. "
  "A source in Musan said the loggers were beaten. "
  "The trader, who sells goods to the students' families, said their wages were withheld.",
  [("on farms", "trader in Hyesan", A, "a"), ("loggers were beaten", "source in Musan", A, "b"), ("wages were withheld", "trader in Hyesan", A, "a")]),
 ("foreman_he", "A foreman at the shipyard said the welders worked 70 hours a week. "
  "A woman who cooks for the crew said the men were never paid overtime. "
  "He said the company kept their passports in a safe.",
  [("70 hours", "foreman", A, "a"), ("never paid overtime", "woman", A, "b"), ("in a safe", "foreman", A, "a")]),
 ("source_told_outlet_back", "A source in Rason told Daily NK that the fishermen were forced to work without pay. "
  "The source told Daily NK that the captain kept their identity papers.",
  [("without pay", "source in Rason", A, "a"), ("identity papers", "source in Rason", A, "a")]),
 ("interview_paragraphs_he", "Ri Song-chol, 41, worked on a building site in Moscow for three years.\n\n"
  "\"We were never paid in cash,\" he said.\n\n"
  "A spokeswoman for the construction company said all workers were paid.\n\n"
  "Ri said the foreman confiscated the passports.",
  [("never paid in cash", "Ri Song-chol", N, "a"), ("confiscated the passports", "Ri", N, "a")]),
 ("she_after_two_women_nearest_subject", "Anna Berg, a researcher, said the workers were paid nothing for months. "
  "Maria Costa, a nurse, said she treated workers with untreated injuries. "
  "Berg said the workers' passports were held by the manager.",
  [("paid nothing", "Anna Berg", N, "a"), ("untreated injuries", "Maria Costa", N, "b"), ("passports were held", "Berg", N, "a")]),
 ("org_acronym_back", "Human Rights Advocacy Korea (HRAK) said the workers were forced to work 16 hours a day. "
  "Northwind Fisheries denied the claims. "
  "HRAK said the workers' phones were confiscated.",
  [("16 hours", "Human Rights Advocacy Korea", G, "a"), ("phones were confiscated", "Human Rights Advocacy Korea", G, "a")]),
 ("according_to_a_source_then_the", "According to a source in Hyesan, the students were forced to work on farms without pay. "
  "The source said the students were beaten.",
  [("on farms", "source in Hyesan", A, "a"), ("students were beaten", "source in Hyesan", A, "a")]),
 ("dandong_trader_based_in", "A Chinese trader based in Dandong said the seamstresses were forced to work without pay. "
  "A source in Sinuiju said the workers had to pay bribes. "
  "The Dandong trader said the workers' passports were held by a minder.",
  [("without pay", "trader", A, "a"), ("bribes", "source in Sinuiju", A, "b"), ("held by a minder", "trader", A, "a")]),
 ("bare_a_source_later_new", "A source in Hyesan said the students were forced to work on farms without pay. "
  "The source said the students were beaten. "
  "A source said the loggers in Musan were not paid for a year.",
  [("on farms", "source in Hyesan", A, "a"), ("students were beaten", "source in Hyesan", A, "a"), ("not paid for a year", "source", A, "b")]),
 ("the_ngo_nearest_of_two", "Labour Watch Asia said the workers were paid less than half the minimum wage. "
  "The Migrant Care Network, another NGO, said the workers had their passports taken. "
  "The NGO said many worked more than 15 hours a day.",
  [("half the minimum wage", "Labour Watch Asia", G, "a"), ("passports taken", "Migrant Care Network", G, "b"),
   ("15 hours", "Migrant Care Network", G, "b")]),
 ("labour_ministry_of_two", "Mongolia's Ministry of Labour and Social Protection said 400 North Korean workers remained in the country. "
  "The Ministry of Foreign Affairs said it had asked Pyongyang to withdraw them. "
  "The labour ministry said the workers' permits had expired.",
  [("400", "Ministry of Labour", OFF, "a"), ("permits had expired", "Ministry of Labour", OFF, "a")]),
 ("the_latter_orgs", "Labour Watch Asia said the workers were paid less than half the minimum wage. "
  "Northwind Fisheries said the workers were paid in full. "
  "The latter said the workers kept their own passports.",
  [("half the minimum wage", "Labour Watch Asia", G, "a"), ("paid in full", "Northwind Fisheries", G, "b"),
   ("kept their own passports", "Northwind Fisheries", G, "b")]),
 ("the_former_people", "Park Chol-ho, a former logger, said the crews worked through the winter without pay. "
  "Juan Ortega, a foreman, said the workers were forced to work seven days a week. "
  "The former said the managers kept the passports.",
  [("without pay", "Park Chol-ho", N, "a"), ("seven days", "Juan Ortega", N, "b"), ("kept the passports", "Park Chol-ho", N, "a")]),
 ("source_said_two_paras_later_with_named_between", "A source in Chongjin said the miners were forced to work without pay.\n\n"
  "Kim Myong-su, a former logger, said the crews were beaten.\n\n"
  "The Chongjin source said the miners' rations were cut.",
  [("without pay", "source in Chongjin", A, "a"), ("crews were beaten", "Kim Myong-su", N, "b"), ("rations were cut", "source in Chongjin", A, "a")])
]


@pytest.mark.parametrize(("shape", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_back_reference_finds_the_right_source(shape: str, body: str, expected: list[tuple[str, str, str, str]]) -> None:
    a = analyse(H + body + "\n", META)
    groups: dict[str, str] = {}
    for frag, head, kind, group in expected:
        claim = next((c for c in a.claims if frag in c.text), None)
        assert claim is not None, f"{shape}: no claim with {frag!r}"
        src = a.source(claim.source)
        wording = src.wording if src else None
        if kind != "*":
            assert src is not None and src.kind == kind, f"{shape}: {frag!r} kind {src and src.kind} ({wording})"
        if head != "*":
            assert wording is not None and head.lower() in wording.lower(), f"{shape}: {frag!r} said by {wording!r}"
        if group == "*":
            continue
        assert groups.setdefault(group, claim.source) == claim.source, f"{shape}: group {group} split"
        others = {g for g, key in groups.items() if key == claim.source and g != group}
        assert not others, f"{shape}: group {group} merged with {others}"


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("A Dandong-based source", "a Shenyang-based source", True),
        ("A source in Dandong", "a source in Shenyang", True),
        ("A Yanji-based trader", "a trader in Hunchun", True),
        ("A source in Dandong", "a Dandong-based source", False),
        ("A source in Liaoning", "a Shenyang-based source", False),
        ("A source in China", "a Dandong-based trader", False),
        ("A Dandong-based source", "a source", False),
    ],
)
def test_two_cities_of_one_province_are_two_places(first: str, second: str, expected: bool) -> None:
    assert distinct_regions(first, second) is expected


@pytest.mark.parametrize(
    ("wording", "gender"),
    [
        ("Her colleague, Pedro Alves", "male"),
        ("His sister, Maria Lopez", "female"),
        ("The firm's lawyer, Anna Berg", "female"),
        ("Pedro Alves, a nurse", "male"),
        ("Her colleague, a nurse", ""),
        ("The manager", ""),
    ],
)
def test_an_apposed_name_gives_the_gender_not_the_possessive(wording: str, gender: str) -> None:
    assert name_gender(wording) == gender


@pytest.mark.parametrize(
    ("head", "wording", "blocked"),
    [
        ("company", "Labour Watch Asia", True),
        ("company", "Migrant Rights Network", True),
        ("company", "Northwind Fisheries", False),
        ("company", "Union Construction Ltd", False),
        ("group", "Northwind Fisheries", True),
        ("NGO", "Harbor Seafood Ltd", True),
        ("charity", "Baltic Hull Works", True),
        ("group", "Labour Watch Asia", False),
        ("group", "Sunrise Holdings Group", False),
        ("group", "Amnesty International", False),
    ],
)
def test_a_body_noun_goes_back_only_to_a_body_of_its_type(head: str, wording: str, blocked: bool) -> None:
    assert other_body(head, wording) is blocked


def test_negative_the_company_still_goes_back_to_the_only_company() -> None:
    a = analyse(H + "Northwind Fisheries said the workers were paid in full. "
                "The company said the workers kept their own passports.\n", META)
    keys = {c.source for c in a.claims if "paid in full" in c.text or "own passports" in c.text}
    assert len(keys) == 1 and "OUTLET" not in keys


def test_negative_mr_kim_is_not_the_woman_of_two_kims() -> None:
    a = analyse(H + "Kim Sun-hui, a former seamstress, said the women were locked in their dormitory. "
                "Kim Myong-su, a former logger, said the crews were forced to work without pay. "
                "Ms Kim said the managers took their passports. "
                "Mr Kim said the crews were beaten by the guards.\n", META)
    by = {frag: next(c.source for c in a.claims if frag in c.text)
          for frag in ("locked in their dormitory", "without pay", "took their passports", "beaten by the guards")}
    assert by["took their passports"] == by["locked in their dormitory"]
    assert by["beaten by the guards"] == by["without pay"] != by["locked in their dormitory"]


def test_negative_a_ministry_named_after_another_spokesperson_is_a_new_source() -> None:
    a = analyse(H + "A spokesperson for Kuwait's Ministry of Interior said 200 workers had overstayed their visas. "
                "Qatar's Ministry of Labour said the workers were not paid for four months. "
                "The ministry said the employer had been fined.\n", META)
    kuwait = next(c.source for c in a.claims if "overstayed" in c.text)
    qatar = next(c.source for c in a.claims if "four months" in c.text)
    fined = next(c.source for c in a.claims if "fined" in c.text)
    assert kuwait != qatar and fined == qatar


def test_negative_the_firm_named_in_apposition_is_a_firm_of_its_own() -> None:
    a = analyse(H + "A spokesperson for Northwind Fisheries said the workers were paid in full. "
                "A labour inspector said the workers were owed wages for three months. "
                "The firm, Eastgate Audit Partners, said the payroll showed deductions of 40 percent.\n", META)
    first = next(c.source for c in a.claims if "paid in full" in c.text)
    audit = next(c.source for c in a.claims if "40 percent" in c.text)
    assert first != audit


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("Another NGO", G),
        ("another NGO, the Migrant Care Network", G),
        ("One NGO", G),
        ("Another NGO worker", A),
        ("Another source", A),
        ("An ILO official", A),
    ],
)
def test_an_acronym_noun_names_the_kind_of_another_body(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_another_ngo_named_in_apposition_is_a_new_organization() -> None:
    a = analyse(H + "Labour Watch Asia said the workers were paid less than half the minimum wage. "
                "Another NGO, the Migrant Care Network, said the workers had their passports taken.\n", META)
    first = next(c for c in a.claims if "minimum wage" in c.text)
    second = next(c for c in a.claims if "passports taken" in c.text)
    src = a.source(second.source)
    assert first.source != second.source and src is not None and src.kind == G
