"""Reports, studies and data as speakers (probe PN, own wording; every body, firm and person is invented):
"the report said/found/notes", "according to the survey", "data compiled by X show", "a leaked contract seen
by X stipulates", a report speaking over several sentences, workers relayed by researchers, "N workers, most of
whom said", the report's own voice ("We found", "Our survey of 300 workers found"), numbered UN-panel paragraphs,
footnote markers, findings listed under an attributed lead-in, and trailing "(Park 2021)" citations (the page's
own voice, as the annotators of the diagnosis sets read them)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.sentences import split

H = ("Migrant workers at a fish plant describe abuse\n"
     "About 300 migrant workers were employed at a fish plant in Dalian in 2023, and many of them say they were "
     "not free to leave.\n")  # a lede about the workers' conditions: a figure alone makes no forced-labour report
META = {"published": "2025-03-01", "language": "en"}
DOC, ORG, OFF, ANON, NP, OUT = "document", "organization", "official", "anonymous_source", "named_person", "outlet"

# (shape, body, [(claim fragment, speaker head or None, kind or kinds, group: same letter = same source)])
CASES = [
 ("report_said", "The report said the workers at Coral Bay Seafoods had their passports confiscated on arrival.",
  [("passports confiscated", "report", DOC, "a")]),
 ("report_found", "A report by the Meridian Labour Watch found that crew members were not paid for eight months.",
  [("not paid for eight", "report", DOC, "a")]),
 ("report_documented", "The report documented 42 cases in which recruiters charged fees of up to $5,000.",
  [("42 cases", "report", DOC, "a")]),
 ("report_concluded", "The report concluded that the workers at the brick kilns were held in debt bondage.",
  [("debt bondage", "report", DOC, "a")]),
 ("report_notes", "The report notes that most of the women were housed in locked dormitories.",
  [("locked dormitories", "report", DOC, "a")]),
 ("according_report", "According to the report, the workers were forced to work 16 hours a day.",
  [("16 hours", "report", DOC, "a")]),
 ("according_report_trail", "The workers were forced to work 16 hours a day, according to the report.",
  [("16 hours", "report", DOC, "a")]),
 ("according_named_report", "According to a 2023 report by the Tidewater Institute, the crews were paid $150 a month.",
  [("$150 a month", "report", DOC, "a")]),
 ("panel_member_state", "The Panel was informed by a Member State that 3,000 workers remained in Russia in 2023.",
  [("3,000 workers", "Member State", OFF, "a")]),
 ("panel_final_report", "The Panel's final report, published in March, said the workers earned $700 a month, "
  "most of which went to the state.", [("$700 a month", "report", DOC, "a")]),
 ("group_report", "Harbor Rights Network interviewed 50 fishermen. "
  "The group said in its 2023 report that the captains withheld the crews' wages.",
  [("withheld the crews' wages", "group", ORG, "a")]),
 ("hrw_report", "In a report released on Tuesday, Human Rights Watch said workers on the farms were beaten.",
  [("were beaten", "Human Rights Watch", ORG, "a")]),
 ("hrw_report2", "Human Rights Watch said in a report released on Tuesday that the workers were beaten by guards.",
  [("beaten by guards", "Human Rights Watch", ORG, "a")]),
 ("amnesty_found", "Amnesty International found that migrant workers in Qatar were not paid for months.",
  [("not paid for months", "Amnesty International", ORG, "a")]),
 ("researchers_most", "Researchers interviewed 34 workers, most of whom said their employers held their passports.",
  [("held their passports", "most of whom", ANON, "a")]),
 ("workers_told_researchers", "The workers told researchers that they were locked inside the compound at night.",
  [("locked inside", "workers", ANON, "a")]),
 ("study_estimates", "The study estimates that 12,000 workers were recruited through debt-based schemes.",
  [("12,000 workers", "study", DOC, "a")]),
 ("survey_found", "The survey found that six in ten domestic workers had their passports taken by employers.",
  [("passports taken", "survey", DOC, "a")]),
 ("survey_found2", "A survey of 400 garment workers found that most worked more than 60 hours a week.",
  [("60 hours", "survey", DOC, "a")]),
 ("investigation_by", "An investigation by the Lantern Project found that workers at the mine were paid in vouchers.",
  [("paid in vouchers", "investigation", (DOC, ORG), "a")]),
 ("audit_found", "The audit found that the supplier withheld the wages of 80 migrant workers.",
  [("withheld the wages", "audit", DOC, "a")]),
 ("audit_found2", "A 2022 audit of the factory found that workers had paid recruitment fees of $3,000.",
  [("recruitment fees", "audit", DOC, "a")]),
 ("data_compiled", "Data compiled by the Northgate Migration Centre show that 5,000 workers arrived in 2023 "
  "on visas that tied them to one employer.", [("5,000 workers", "Data", DOC, "a")]),
 ("customs_figures", "Customs figures show that the plant shipped 200 tonnes of squid processed by the workers.",
  [("200 tonnes", "figures", DOC, "a")]),
 ("satellite", "Satellite imagery analysed by the Eastbridge Institute shows new dormitories for the workers "
  "behind a fence topped with razor wire.", [("new dormitories", "imagery", DOC, "a")]),
 ("leaked_contract", "A leaked contract seen by The Times stipulates that the workers must hand over their passports.",
  [("hand over their passports", "contract", DOC, "a")]),
 ("internal_documents", "Internal documents reviewed by the newspaper show that the workers were paid $2 an hour.",
  [("$2 an hour", "documents", DOC, "a")]),
 ("multi_report", "The report says the workers at the sawmill were not paid for six months. "
  "It adds that the managers confiscated their phones. "
  "The report also says guards beat workers who tried to leave.",
  [("not paid for six months", "report", DOC, "a"), ("confiscated their phones", "report", DOC, "a"),
   ("guards beat", "report", DOC, "a")]),
 ("multi_study", "The study found that the workers at the kilns owed debts of up to $1,000. "
  "It also found that children worked alongside their parents.",
  [("owed debts", "study", DOC, "a"), ("children worked", "study", DOC, "a")]),
 ("we_found", "We found that the workers were paid less than half the legal minimum wage.",
  [("half the legal minimum", None, OUT, "o")]),
 ("our_researchers_told", "Our researchers were told that the workers were locked in at night.",
  [("locked in at night", None, (OUT, ANON), "o")]),
 ("my_interviews", "In my interviews with former workers, I found that the managers kept their passports.",
  [("kept their passports", None, OUT, "o")]),
 ("i_found", "I spoke with 20 former workers. Most of them said they were never paid overtime.",
  [("never paid overtime", "Most of them", ANON, "a")]),
 ("citation_park", "Workers at the kilns were paid half the legal wage (Park 2021).",
  [("half the legal wage", None, OUT, "o")]),
 ("citation_park2", "Workers at the kilns were paid half the legal wage (Park, 2021).",
  [("half the legal wage", None, OUT, "o")]),
 ("footnote_bracket", "The workers were not paid for six months.[12] The managers kept their passports in a safe.[13]",
  [("not paid for six months", None, OUT, "o"), ("passports in a safe", None, OUT, "o")]),
 ("footnote_bare", "The report says the workers were not paid for six months.12 "
  "It says the managers kept their passports in a safe.13",
  [("not paid for six months", "report", DOC, "a"), ("passports in a safe", "report", DOC, "a")]),
 ("numbered_para", "24. The Panel was informed that the workers at the site were paid $300 a month.\n"
  "25. The workers were not allowed to leave the dormitory.",
  [("$300 a month", None, (OUT, DOC), "o"), ("leave the dormitory", None, (OUT, DOC), "o")]),
 ("numbered_findings", "The report lists its main findings:\n"
  "1. Workers were charged recruitment fees of up to $4,000.\n"
  "2. Employers confiscated the passports of most workers.",
  [("recruitment fees", "report", DOC, "a"), ("confiscated the passports", "report", DOC, "a")]),
 ("finding_n", "Finding 3: The workers were not paid for overtime.\nFinding 4: Guards beat workers who complained.",
  [("paid for overtime", None, OUT, "o"), ("Guards beat", None, OUT, "o")]),
 ("report_two_sources", "The report said the workers were paid $200 a month. "
  "The company said the workers were paid the legal minimum wage.",
  [("$200 a month", "report", DOC, "a"), ("legal minimum", "company", ORG, "b")]),
 ("two_reports", "A 2021 report by the Tidewater Institute said the workers were not paid. "
  "A later study by Kestrel University found that the workers were beaten.",
  [("not paid", "report", DOC, "a"), ("were beaten", "study", DOC, "b")]),
 ("ilo_report", "An ILO report said that 2,000 domestic workers in Lebanon had their passports confiscated.",
  [("2,000 domestic workers", "report", DOC, "a")]),
 ("un_report", "A UN report published last year found that the workers were sent abroad to earn foreign currency.",
  [("earn foreign currency", "report", DOC, "a")]),
 ("trade_union", "The International Trade Union Confederation said workers on the sites were not paid for months.",
  [("not paid for months", "International Trade Union Confederation", ORG, "a")]),
 ("union_report", "A report by the Builders' Union said workers on the sites were housed in containers.",
  [("housed in containers", "report", DOC, "a")]),
 ("think_tank_author", "Maria Olsen, a researcher at the Eastbridge Institute, found that workers were paid in scrip.",
  [("paid in scrip", "Maria Olsen", NP, "a")]),
 ("report_written_by", "The report, written by Dr. Lena Vogt, said the workers had their passports taken.",
  [("passports taken", "report", DOC, "a")]),
 ("findings_show", "The findings show that the workers were recruited with false promises of high wages.",
  [("false promises", "findings", DOC, "a")]),
 ("report_estimates", "The report estimates that the workers earned the state $500 million a year.",
  [("$500 million", "report", DOC, "a")]),
 ("report_cites", "The report cites workers who said they were forced to sign blank contracts.",
  [("blank contracts", "workers", (ANON, DOC), "a")]),
 ("briefing", "A briefing by the Seaward Trust said crew members were held at sea for two years.",
  [("held at sea", "briefing", (DOC, ORG), "a")]),
 ("paper_argues", "The paper argues that the dispatch system keeps the workers in debt.",
  [("keeps the workers in debt", "paper", DOC, "a")]),
 ("according_data", "According to government data, 4,500 migrant workers died on the sites since 2015.",
  [("4,500 migrant workers", "data", (DOC, OFF), "a")]),
 ("records_show", "Payroll records obtained by the Coastal Ledger show that the workers were paid $90 a month.",
  [("$90 a month", "records", DOC, "a")]),
 ("figures_from", "Figures from the Ministry of Labour show that 900 workers lodged complaints about unpaid wages.",
  [("900 workers", "figures", (DOC, OFF), "a")]),
 ("report_published", "The report, published by the Halden Foundation, says the workers slept on factory floors.",
  [("slept on factory floors", "report", DOC, "a")]),
 ("report_then_org", "The Halden Foundation interviewed 60 workers. The foundation said most had paid recruitment fees.",
  [("recruitment fees", "foundation", ORG, "a")]),
 ("report_adds", "The report found that the managers deducted fines from wages. "
  "It adds that workers who complained were sent home.",
  [("deducted fines", "report", DOC, "a"), ("were sent home", "report", DOC, "a")]),
 ("we_documented", "We documented 17 cases of workers who were beaten by supervisors.",
  [("beaten by supervisors", None, OUT, "o")]),
 ("our_analysis", "Our analysis of shipping records shows that the vessels kept crews at sea for 18 months.",
  [("crews at sea", None, OUT, "o")]),
 ("workers_interviewed_for", "Workers interviewed for the report said the supervisors took their phones.",
  [("took their phones", "Workers", ANON, "a")]),
 ("dozens_told", "Dozens of workers told the researchers that the agency charged them $2,000 in fees.",
  [("$2,000 in fees", "workers", ANON, "a")]),
 ("report_quote", "\"The workers were effectively held captive,\" the report said.",
  [("held captive", "report", DOC, "a")]),
 ("report_wrote", "\"Many workers had not been paid for a year,\" the authors wrote.",
  [("not been paid for a year", "authors", (NP, ANON, DOC), "a")]),
 ("data_show_neg", "Official data show no complaints of unpaid wages at the plant.",
  [("no complaints", "data", (DOC, OFF), "a")]),
 ("panel_obtained", "The Panel obtained a contract which stipulates that the workers receive only 30 per cent of their wages.",
  [("30 per cent", "contract", (DOC, OUT), "a")]),
 ("member_state_informed", "A Member State informed the Panel that the workers were housed in shipping containers.",
  [("shipping containers", "Member State", OFF, "a")]),
 ("panel_notes", "The Panel notes that the workers' wages are transferred to accounts controlled by the state.",
  [("transferred to accounts", None, (OUT, DOC, OFF, ORG), "a")]),
 ("ilo_estimates", "The ILO estimates that 28 million people are in forced labour worldwide.",
  [("28 million", "ILO", (ORG, OFF), "a")]),
 ("index_estimates", "The Global Slavery Index estimates that 50,000 people live in modern slavery in the country.",
  [("50,000 people", "Global Slavery Index", (DOC, ORG), "a")]),
 ("journal_study", "A study published in the Journal of Labour Research found that brick kiln workers owed debts "
  "of up to $800.", [("owed debts", "study", DOC, "a")]),
 ("uni_study", "A 2019 study by researchers at Lakeside University found that the workers were paid $3 a day.",
  [("$3 a day", "study", DOC, "a")]),
 ("investigators_for", "Investigators for the Fairway Trust found that the workers at the plant had no contracts.",
  [("no contracts", "Investigators", (ORG, ANON), "a")]),
 ("researchers_found", "Researchers at the Eastbridge Institute found that the crews were held at sea for months.",
  [("held at sea", "Researchers", (ORG, ANON, NP), "a")]),
 ("authors_note", "The authors note that the workers were forbidden to contact their families.",
  [("forbidden to contact", "authors", (DOC, ANON, NP), "a")]),
 ("according_survey", "According to the survey, 70 percent of the workers had paid recruitment fees.",
  [("recruitment fees", "survey", DOC, "a")]),
 ("according_data_from", "According to data from the Northgate Migration Centre, 300 workers died on the sites in 2022.",
  [("300 workers died", "data", DOC, "a")]),
 ("data_from_show", "Data from the Ministry of Manpower show that 1,200 workers filed complaints about unpaid wages.",
  [("1,200 workers", "Data", (DOC, OFF), "a")]),
 ("report_further", "The report found that the workers were paid late. "
  "The report further states that supervisors confiscated their passports.",
  [("paid late", "report", DOC, "a"), ("confiscated their passports", "report", DOC, "a")]),
 ("org_report_possessive", "Harbor Rights Network's report said the captains beat crew members who fell ill.",
  [("beat crew members", "report", DOC, "a")]),
 ("report_authors", "The report's authors found that the recruiters charged fees of $6,000.",
  [("fees of $6,000", "authors", (DOC, ANON, NP), "a")]),
 ("investigation_outlet", "A 2022 investigation by The Guardian found that the workers had their wages withheld.",
  [("wages withheld", "investigation", (DOC, OUT), "a")]),
 ("footnote_bracket_said", "The report said the workers were not paid for six months.[4] "
  "It said the managers kept their passports in a safe.[5]",
  [("not paid for six months", "report", DOC, "a"), ("passports in a safe", "report", DOC, "a")]),
 ("footnote_mid", "According to the report, the workers were paid $120 a month,[7] well below the legal wage.",
  [("$120 a month", "report", DOC, "a")]),
 ("report_two_paras", "The report said the workers at the mine were paid in vouchers.\n\n"
  "It also found that the guards beat workers who asked for cash.",
  [("paid in vouchers", "report", DOC, "a"), ("guards beat", "report", DOC, "a")]),
 ("citation_end_two", "The recruiters charged the workers fees of up to $2,000 (Lee and Osei 2020).",
  [("fees of up to", None, OUT, "o")]),
 ("citation_semicolon", "The workers were not allowed to leave the compound (Park 2021; Kim 2022).",
  [("leave the compound", None, OUT, "o")]),
 ("we_interviewed_most", "We interviewed 25 workers, most of whom said their supervisors withheld their wages.",
  [("withheld their wages", "most of whom", ANON, "a")]),
 ("researchers_told", "Workers told Harbor Rights Network researchers that they were beaten by the captain.",
  [("beaten by the captain", "Workers", ANON, "a")]),
 ("the_women_told_the_ngo", "Several women told the Halden Foundation that their employers locked them in.",
  [("locked them in", "women", ANON, "a")]),
 ("in_my_research", "In my research on the fishing fleets, I found that crews were held at sea for years.",
  [("held at sea", None, OUT, "o")]),
 ("our_survey", "Our survey of 300 workers found that half had their passports taken.",
  [("passports taken", None, OUT, "o")]),
 ("this_report_finds", "This report finds that the workers were recruited with false promises.",
  [("false promises", None, (OUT, DOC), "o")]),
 ("evaluation", "An independent evaluation commissioned by Harrow Foods found that workers paid illegal fees.",
  [("illegal fees", "evaluation", DOC, "a")]),
 ("inspection_report", "An inspection report seen by Reuters says the workers slept 20 to a room.",
  [("20 to a room", "report", DOC, "a")]),
 ("memo", "An internal memo obtained by the Coastal Ledger shows the managers were told to hold the passports.",
  [("hold the passports", "memo", DOC, "a")]),
 ("analysis_by", "An analysis by the Eastbridge Institute of shipping records shows that crews stayed at sea for "
  "two years.", [("two years", "analysis", DOC, "a")]),
 ("statistics_show", "Government statistics show that 8,000 workers were recruited through the scheme.",
  [("8,000 workers", "statistics", (DOC, OFF), "a")]),
 ("ngo_said_in_statement", "In a statement, the Seaward Trust said crew members had been held at sea for two years.",
  [("held at sea", "Seaward Trust", ORG, "a")]),
 ("r2_report_states", "The report states that 60 per cent of the workers had their wages withheld.",
  [("wages withheld", "report", DOC, "a")]),
 ("r2_report_alleges", "The NGO's report alleges that the crew were beaten with metal pipes.",
  [("metal pipes", "report", DOC, "a")]),
 ("r2_per_report", "Per the report, the workers were paid only after the season ended.",
  [("season ended", "report", DOC, "a")]),
 ("r2_report_which", "The report, which drew on interviews with 80 workers, found that most had paid fees.",
  [("paid fees", "report", DOC, "a")]),
 ("r2_in_its_report", "In its report, the Halden Foundation said workers were housed 30 to a room.",
  [("30 to a room", "Halden Foundation", ORG, "a")]),
 ("r2_report_then_it", "A 2024 report by the Tidewater Institute found that the workers were paid late. "
  "It said the employer also kept their passports.",
  [("paid late", "report", DOC, "a"), ("kept their passports", "report", DOC, "a")]),
 ("r2_ngo_then_report", "The Halden Foundation published a report on the plant on Monday. "
  "The report said the workers were locked in at night.",
  [("locked in at night", "report", DOC, "a")]),
 ("r2_survey_of", "A survey of 1,200 migrant workers by the Northgate Migration Centre found that 40 percent "
  "had paid recruitment fees.", [("recruitment fees", "survey", DOC, "a")]),
 ("r2_poll", "A poll conducted by the union found that most members had worked unpaid overtime.",
  [("unpaid overtime", "poll", (DOC, ORG), "a")]),
 ("r2_census", "The census shows that 7,000 foreign workers lived in company dormitories.",
  [("company dormitories", "census", DOC, "a")]),
 ("r2_data_suggest", "The data suggest that workers on the vessels were held at sea for over a year.",
  [("held at sea", "data", DOC, "a")]),
 ("r2_figures_cited", "Figures cited in the report show that 200 workers died on the sites in 2022.",
  [("200 workers died", "Figures", DOC, "a")]),
 ("r2_imagery_shows", "Satellite images reviewed by researchers show that new barracks were built for the workers.",
  [("new barracks", "images", DOC, "a")]),
 ("r2_contract_states", "The contract, a copy of which was seen by the Coastal Ledger, states that the workers "
  "cannot leave before three years.", [("cannot leave", "contract", DOC, "a")]),
 ("r2_documents_show", "Documents obtained by the Coastal Ledger show that the workers were paid $1 an hour.",
  [("$1 an hour", "Documents", DOC, "a")]),
 ("r2_audit_by", "An audit by Veritas Compliance found that workers at the supplier had paid fees of $1,500.",
  [("fees of $1,500", "audit", DOC, "a")]),
 ("r2_auditors_found", "Auditors found that the factory had kept two sets of wage records.",
  [("two sets", "Auditors", (ANON, ORG), "a")]),
 ("r2_inspection_found", "A labour inspection found that 40 workers were housed in shipping containers.",
  [("shipping containers", "inspection", (DOC, OFF), "a")]),
 ("r2_workers_told", "Workers told the Halden Foundation that they were paid $100 a month.",
  [("$100 a month", "Workers", ANON, "a")]),
 ("r2_several_workers_told_the_report", "Several workers interviewed for the study said their employers "
  "had taken their passports.", [("taken their passports", "workers", ANON, "a")]),
 ("r2_one_worker_told_researchers", "One worker told researchers that he had not been paid for five months.",
  [("not been paid for five months", "worker", ANON, "a")]),
 ("r2_we_interviewed", "We interviewed 40 workers. Twenty-two of them said they had paid recruitment fees.",
  [("recruitment fees", "Twenty-two of them", ANON, "a")]),
 ("r2_our_researchers_observed", "Our researchers observed that the gates were locked from the outside.",
  [("locked from the outside", None, OUT, "o")]),
 ("r2_i_was_told", "I was told by several workers that the supervisors beat them.",
  [("supervisors beat them", "workers", (ANON, OUT), "a")]),
 ("r2_in_our_view", "In our assessment, the workers were held in conditions of forced labour.",
  [("conditions of forced labour", None, OUT, "o")]),
 ("r2_report_two_voices", "The report said the workers were paid $200 a month. "
  "A worker quoted in the report said he was never paid overtime.",
  [("$200 a month", "report", DOC, "a"), ("never paid overtime", "worker", ANON, "b")]),
 ("r2_panel_para", "45. The Panel was informed by a Member State that the workers were paid in cash.\n"
  "46. According to the same Member State, the workers were not allowed to leave the site.",
  [("paid in cash", "Member State", OFF, "a"), ("not allowed to leave", "Member State", OFF, "a")]),
 ("r2_panel_investigated", "The Panel investigated reports that the workers were sent to Russia.",
  [("sent to Russia", None, (OUT, ORG, DOC), "a")]),
 ("r2_report_figure", "Figure 3 shows that wages fell by half between 2021 and 2023.",
  [("wages fell", None, (DOC, OUT), "a")]),
 ("r2_ilo_survey", "An ILO survey found that 1 in 5 domestic workers had their passports taken.",
  [("passports taken", "survey", DOC, "a")]),
 ("r2_the_study_authors", "The study's authors wrote that the workers were charged for their own uniforms.",
  [("own uniforms", "authors", (DOC, ANON), "a")]),
 ("r2_researcher_named_quote", "\"The workers were trapped by debt,\" said Ana Ruiz, who led the research.",
  [("trapped by debt", "Ana Ruiz", NP, "a")]),
 ("r2_think_tank_fellow", "Tomas Berg, a fellow at the Eastbridge Institute, estimates that 10,000 workers were "
  "sent abroad.", [("10,000 workers", "Tomas Berg", NP, "a")]),
 ("r2_according_to_researchers", "According to researchers at Lakeside University, the workers were paid in scrip.",
  [("paid in scrip", "researchers", (ANON, ORG), "a")]),
 ("r2_report_negation", "The report found no evidence that the workers were prevented from leaving.",
  [("prevented from leaving", "report", DOC, "a")]),
 ("r3_in_a_2023_report", "In a 2023 report, the Tidewater Institute said the crews were paid $50 a month.",
  [("$50 a month", "Tidewater Institute", ORG, "a")]),
 ("r3_possessive_year_report", "The Tidewater Institute's 2023 report said crews were paid $50 a month.",
  [("$50 a month", "report", DOC, "a")]),
 ("r3_report_continues", "The report said the crews were paid $50 a month. "
  "According to the report, captains also confiscated the crews' phones. "
  "The report added that several men had died at sea.",
  [("$50 a month", "report", DOC, "a"), ("confiscated the crews' phones", "report", DOC, "a"),
   ("died at sea", "report", DOC, "a")]),
 ("r3_report_then_ngo_said", "A report by the Halden Foundation said the workers were locked in. "
  "The foundation's director, Petra Lind, said the findings were alarming and that workers were beaten.",
  [("locked in", "report", DOC, "a"), ("workers were beaten", "Petra Lind", (NP, ORG), "b")]),
 ("r3_data_compiled_by", "According to figures compiled by the Northgate Migration Centre, 600 workers fled "
  "their employers in 2023.", [("600 workers fled", "figures", (DOC, ORG), "a")]),
 ("r3_records_reviewed", "Records reviewed by the Coastal Ledger show the vessel kept the crew at sea for 14 months.",
  [("14 months", "Records", DOC, "a")]),
 ("r3_leaked_memo_says", "A leaked memo from the company says managers should hold the workers' passports.",
  [("hold the workers' passports", "memo", (DOC, ORG), "a")]),
 ("r3_panel_has_obtained", "The Panel has obtained a contract under which 70 per cent of the workers' wages are "
  "paid to the state.", [("70 per cent", "contract", DOC, "a")]),
 ("r3_panel_para_member", "52. According to a Member State, some 1,000 workers were sent to the region in 2023.",
  [("1,000 workers", "Member State", OFF, "a")]),
 ("r3_we_estimate", "We estimate that at least 5,000 workers were sent abroad in 2023.",
  [("5,000 workers", None, OUT, "o")]),
 ("r3_i_interviewed", "I interviewed eight former workers in Seoul. All of them said they had paid bribes to be "
  "selected.", [("paid bribes", "workers", ANON, "a")]),
 ("r3_my_research", "My research shows that the workers were paid in scrip redeemable only at the company store.",
  [("paid in scrip", None, OUT, "o")]),
 ("r3_as_the_report_notes", "As the report notes, the workers had no way to leave the island.",
  [("no way to leave", "report", DOC, "a")]),
 ("r3_the_report_s_findings", "The report's findings show that 30 workers were injured on the site.",
  [("30 workers were injured", "findings", DOC, "a")]),
 ("r3_study_published", "A study published on Monday by Kestrel University found that the workers were charged "
  "for housing.", [("charged for housing", "study", DOC, "a")]),
 ("r3_researchers_told", "Researchers were told that the workers slept in the warehouse.",
  [("slept in the warehouse", None, (OUT, ANON), "a")]),
 ("r3_survey_respondents", "Survey respondents said their employers had withheld their wages.",
  [("withheld their wages", "respondents", ANON, "a")]),
 ("r3_interviewees", "Interviewees described being forced to work through the night.",
  [("work through the night", "Interviewees", ANON, "a")]),
 ("r3_trailing_report", "The workers were housed in tents without heating, the report said.",
  [("without heating", "report", DOC, "a")]),
 ("r3_trailing_study_found", "Most of the workers had paid recruitment fees, the study found.",
  [("recruitment fees", "study", DOC, "a")]),
 ("r3_trailing_data_show", "About 300 workers left the plant in 2023, data from the provincial labour office show.",
  [("300 workers left", "data", (DOC, OFF), "a")]),
 ("r3_report_on_tuesday", "The report, released on Tuesday, documents 60 cases of wage theft at the plant.",
  [("60 cases", "report", DOC, "a")]),
 ("r3_two_studies_same", "A 2020 study by Kestrel University found that the workers were paid late. "
  "A 2022 study by the same university found that the workers were beaten.",
  [("paid late", "study", DOC, "a"), ("were beaten", "study", DOC, "b")]),
 ("r3_union_survey", "A survey by the Builders' Union found that 40 percent of workers had not been paid on time.",
  [("not been paid on time", "survey", DOC, "a")]),
 ("r4_named_report_backref", "A report by the Tidewater Institute found that the crews were paid late. "
  "The Tidewater report also found that captains beat crew members.",
  [("paid late", "report", DOC, "a"), ("captains beat", "report", DOC, "a")]),
 ("r4_report_para_it", "The report said the workers were paid $50 a month.\n\n"
  "It says supervisors kept the workers' passports in a safe.",
  [("$50 a month", "report", DOC, "a"), ("passports in a safe", "report", DOC, "a")]),
 ("r4_report_and_worker_quote", "The report said the workers were locked in at night. "
  "\"We could not leave,\" one worker told the researchers.",
  [("locked in at night", "report", DOC, "a"), ("could not leave", "worker", ANON, "b")]),
 ("r4_ngo_report_then_company", "The Halden Foundation said in a report that the workers were paid late. "
  "Harrow Foods said it had paid all workers on time.",
  [("paid late", "Halden Foundation", ORG, "a"), ("paid all workers on time", "Harrow Foods", ORG, "b")]),
 ("r4_box_heading", "Box 2: Recruitment fees\nThe workers paid fees of up to $3,000 to brokers, the report found.",
  [("fees of up to", "report", DOC, "a")]),
 ("r4_panel_report_news", "The UN Panel of Experts said in its latest report that the workers earned $500 a month.",
  [("$500 a month", "Panel", (ORG, OFF), "a")]),
 ("r4_report_of_panel", "A report by the UN Panel of Experts said the workers earned $500 a month.",
  [("$500 a month", "report", DOC, "a")]),
 ("r4_in_my_experience", "In my fieldwork in Primorsky Krai, I met workers who had not been paid for a year.",
  [("not been paid for a year", None, OUT, "o")]),
 ("r4_the_author_interviewed", "The author interviewed 12 workers, most of whom said they had been beaten.",
  [("had been beaten", "most of whom", ANON, "a")]),
 ("r4_reports_suggest", "Reports by rights groups suggest that the workers were not allowed to leave.",
  [("not allowed to leave", "Reports", DOC, "a")]),
 ("r4_testimony_collected", "Testimony collected by the Seaward Trust shows that the crew were beaten.",
  [("crew were beaten", "Testimony", DOC, "a")]),
 ("r4_research_by", "Research by the Eastbridge Institute found that workers were housed in shipping containers.",
  [("shipping containers", "Research", (DOC, ORG), "a")]),
 ("r4_a_review_of", "A review of 200 contracts by the Fairway Trust found that most allowed wage deductions.",
  [("wage deductions", "review", DOC, "a")]),
 ("r5_report_found_workers", "The report found workers sleeping on the factory floor.",
  [("sleeping on the factory floor", "report", DOC, "a")]),
 ("r5_report_details", "The report details how recruiters charged each worker $2,500.",
  [("$2,500", "report", DOC, "a")]),
 ("r5_report_describes", "The report describes workers being beaten for talking during shifts.",
  [("being beaten", "report", DOC, "a")]),
 ("r5_hrw_documented", "Human Rights Watch documented 23 cases of workers whose passports were confiscated.",
  [("passports were confiscated", "Human Rights Watch", ORG, "a")]),
 ("r5_ngo_estimated", "The Seaward Trust estimated that 4,000 fishermen were working on the vessels.",
  [("4,000 fishermen", "Seaward Trust", ORG, "a")]),
 ("r5_the_survey_of_workers_said", "In the survey, two-thirds of the workers said they had paid recruitment fees.",
  [("recruitment fees", "two-thirds", ANON, "a")]),
 ("r5_the_study_interviews", "The study, based on interviews with 90 workers, found that most had no contract.",
  [("no contract", "study", DOC, "a")]),
 ("r5_ilo_said", "The International Labour Organization said the workers were victims of forced labour.",
  [("victims of forced labour", "International Labour Organization", ORG, "a")]),
 ("r5_un_rapporteur", "The UN special rapporteur on slavery said the workers were held in debt bondage.",
  [("debt bondage", "rapporteur", (OFF, ORG, NP, ANON), "a")]),
 ("r5_according_to_the_ngo_report", "According to the Seaward Trust's report, crews were paid $200 a month.",
  [("$200 a month", "report", DOC, "a")]),
 ("r5_documents_and_company", "Internal documents show the workers were paid $3 an hour. "
  "The company said the documents were fake.",
  [("$3 an hour", "documents", DOC, "a")]),
]


@pytest.mark.parametrize(("shape", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_report_voices(shape: str, body: str, expected: list[tuple[str, str | None, object, str]]) -> None:
    a = analyse(H + body, META)
    groups: dict[str, str] = {}
    for snippet, head, kind, group in expected:
        claim = next((c for c in a.claims if snippet in c.text), None)
        assert claim is not None, (snippet, [c.text for c in a.claims])
        src = a.source(claim.source)
        kinds = kind if isinstance(kind, tuple) else (kind,)
        got_kind = src.kind if src else OUT
        assert got_kind in kinds, (snippet, src)
        if kinds == (OUT,):
            assert claim.source == "OUTLET", (snippet, src)
        if head is not None:
            assert src is not None and head.lower() in (src.wording or "").lower(), (snippet, src)
        assert groups.setdefault(group, claim.source) == claim.source, (snippet, groups)
        assert all(sid != claim.source for g, sid in groups.items() if g != group), (snippet, groups)


def _one(body: str) -> tuple[str, str | None, str]:
    a = analyse(H + body, META)
    claim = a.claims[-1]
    src = a.source(claim.source)
    return claim.source, src.kind if src else None, (src.wording or "") if src else ""


# a bare footnote number after a full stop ends the sentence; decimals, dates and abbreviations do not
@pytest.mark.parametrize(("text", "n"), [
    ("The workers were not paid for six months.12 The managers kept their passports.13", 2),
    ("Most were women from Hamhung.4 Some were as young as 19.", 2),
    ("Pay rose 3.12 percent in 2023.", 1),
    ("The ship left on Jan.12 with the crew.", 1),
    ("The workers signed contracts in 2019.15 Most came from Chongjin.", 1),
])
def test_bare_footnote_numbers(text: str, n: int) -> None:
    assert len(split(text)) == n


# "N workers, most of whom said": the counted part speaks; a clause with no speech verb gives no speaker
@pytest.mark.parametrize(("body", "speaks"), [
    ("Researchers spoke to 40 fishermen, 12 of whom said the captain beat them.", True),
    ("The team interviewed 25 builders, half of whom told researchers that their passports were taken.", True),
    ("The plant employs 40 workers, most of whom were recruited from Hamhung and paid $100 a month.", False),
])
def test_of_whom_speakers(body: str, speaks: bool) -> None:
    sid, kind, wording = _one(body)
    assert (sid != "OUTLET") is speaks, (sid, kind, wording)
    if speaks:
        assert kind == "anonymous_source" and "of whom" in wording


# a citation closing a sentence is the page's own reference, not a speaker; an author cited as the subject speaks
@pytest.mark.parametrize(("body", "kind"), [
    ("Workers at the kilns were paid half the legal wage (Park 2021).", "outlet"),
    ("The recruiters charged the workers fees of up to $2,000 (Lee and Osei 2020).", "outlet"),
    ("The workers were not allowed to leave the compound (March 2021).", "outlet"),
    ("Park (2021) found that workers at the kilns were paid half the legal wage.", "named_person"),
])
def test_citations(body: str, kind: str) -> None:
    assert _one(body)[1] == kind


# a list under an attributed lead-in is the lead-in's; under a bare heading, and after the list, the page speaks
def test_findings_list_under_an_attributed_lead_in() -> None:
    a = analyse(H + "The Tidewater Institute said in its report:\n\n1. Workers were charged fees of up to $4,000.\n"
                "2. Employers kept the passports of most workers. Some were beaten.\n\n"
                "The plant also employs 40 local workers who were never paid late.", META)
    by = {c.text[:12]: a.source(c.source) for c in a.claims}
    assert all(by[k] is not None and by[k].kind == "organization" for k in ("Workers were", "Employers ke", "Some were be"))
    assert by["The plant al"] is None or by["The plant al"].kind == "outlet"


def test_findings_list_under_a_bare_heading_stays_the_page() -> None:
    a = analyse(H + "Key findings:\n\n* Workers were charged fees of up to $4,000.\n"
                "* Employers kept the passports of most workers.", META)
    assert all(c.source == "OUTLET" for c in a.claims)


# "records", "lists" after a bare document noun are its plural head; after "The report" they are its verb
@pytest.mark.parametrize(("body", "wording"), [
    ("Payroll records show that the workers were paid $90 a month.", "Payroll records"),
    ("Payroll lists show the workers were paid $90 a month.", "Payroll lists"),
    ("The report documents 42 cases of beatings of workers.", "The report"),
    ("The ledger records deductions of $50 from each worker's wage.", "The ledger"),
])
def test_document_noun_compounds(body: str, wording: str) -> None:
    _, kind, got = _one(body)
    assert kind == "document" and got == wording


# the report's own work is the page's voice; someone else's survey is a document
@pytest.mark.parametrize(("body", "own"), [
    ("My research shows that the workers were paid in scrip at the company store.", True),
    ("Research by the Eastbridge Institute found that workers were paid in scrip at the company store.", False),
    ("Our survey of 300 workers found that half had their passports taken.", True),
    ("Our analysis of shipping records shows that the vessels kept crews at sea for a year.", True),
    ("Our data show that the vessels kept crews at sea for a year.", True),
    ("Their survey of 300 workers found that half had their passports taken.", False),
    ("A survey of 300 workers found that half had their passports taken.", False),
])
def test_own_studies(body: str, own: bool) -> None:
    sid, kind, _ = _one(body)
    assert (sid == "OUTLET") is own, (sid, kind)


# finders: people whose work is to find, named researchers; base-form verbs ("find", "note") only after them
@pytest.mark.parametrize(("body", "head", "kind"), [
    ("Researchers at Lakeside University found that the crews were held at sea for months.", "Researchers",
     "anonymous_source"),
    ("Maria Olsen, a researcher at the Eastbridge Institute, found that workers were paid in scrip.", "Maria Olsen",
     "named_person"),
    # analysts of a named body speak for it (heldout76, heldout90: "Analysts at X" is an organization)
    ("Analysts with the Fairway Trust concluded that the crews were held at sea for months.", "Analysts",
     "organization"),
    ("The authors note that the workers were forbidden to contact their families.", "authors", "document"),
    ("Economists estimate that 12,000 workers were recruited through the scheme.", "Economists", "anonymous_source"),
])
def test_finders(body: str, head: str, kind: str) -> None:
    _, got_kind, wording = _one(body)
    assert got_kind == kind and head.lower() in wording.lower()


@pytest.mark.parametrize("body", [
    "Visitors to the plant find that the workers are locked in at night.",
    "The workers find that their wages are cut every month.",
    "The workers at the plant were paid $90 a month and worked 14 hours a day.",
])
def test_no_finder_without_one(body: str) -> None:
    assert _one(body)[0] == "OUTLET"


# "The report cites workers who said ...": the workers speak, the report relays; "interviews with" them stays
@pytest.mark.parametrize(("body", "head", "relay"), [
    ("The report cites workers who said they were forced to sign blank contracts.", "workers", "report"),
    ("The study cites migrant workers who described being locked in at night.", "migrant workers", "study"),
])
def test_cited_people_speak(body: str, head: str, relay: str) -> None:
    a = analyse(H + body, META)
    src = a.source(a.claims[-1].source)
    assert src is not None and src.kind == "anonymous_source" and src.wording == head
    assert src.relay is not None and relay in src.relay


def test_cited_interviews_are_no_person() -> None:
    sid, kind, wording = _one("The report also cites interviews with three former builders who said they were "
                              "housed in containers.")
    assert "builders" not in wording, (sid, kind, wording)


# "As the report notes, ...": the one named in the fronted "as" clause; "As the company grew, ..." names nobody
@pytest.mark.parametrize(("body", "head"), [
    ("As the report notes, the workers had no way to leave the island.", "the report"),
    ("As the study found, the workers were paid half the legal wage.", "the study"),
    ("As the survey shows, most workers had paid recruitment fees.", "the survey"),
    ("As the company grew, the workers were paid less and less.", None),
])
def test_as_the_report_notes(body: str, head: str | None) -> None:
    sid, _, wording = _one(body)
    assert (sid == "OUTLET") if head is None else wording == head


@pytest.mark.parametrize(("body", "head", "kind"), [
    ("Per the report, the workers were paid only after the season ended.", "report", "document"),
    ("As per the ministry's figures, 300 workers were not paid for the season.", "figures", "document"),
    ("Per the workers, the manager kept the passports in his office.", "workers", "anonymous_source"),
])
def test_per_as_according_to(body: str, head: str, kind: str) -> None:
    _, got_kind, wording = _one(body)
    assert got_kind == kind and head in wording


# "X puts the number of workers at N": an estimate by a body or a document; people putting things down are no speaker
@pytest.mark.parametrize(("body", "kinds"), [
    ("Estimates by the Global Labour Monitor put the number of workers at 20,000.", ("document", "organization")),
    ("The ministry puts the number of North Korean workers in the region at 3,000.", ("official",)),
    ("The Tidewater Institute's survey puts the average wage of the crews at $90 a month.", ("document",)),
    ("The workers put the boxes on the truck and were paid $5 a day.", ("outlet",)),
])
def test_puts_the_number_at(body: str, kinds: tuple[str, ...]) -> None:
    sid, kind, _ = _one(body)
    assert (kind or "outlet") in kinds and (sid == "OUTLET") is (kinds == ("outlet",))
