"""money.find on a broad battery of amount expressions as news from China, Korea, Russia,
Mongolia, the Gulf, Africa, Europe and South-East Asia writes them (all sentences written for
this test; the companies are fictional). Each case lists the amounts expected in it: span (a
substring the predicted span must overlap), ISO currency, value or (low, high) within 1%, and
when given the period and the stated US-dollar conversion. Traps (years, head counts, phone
numbers, "Route 66") expect nothing. Scored like ``labourlens eval``, with a floor."""

from __future__ import annotations

from datetime import date

import pytest

from labourlens.analyse import money
from labourlens.model import Amount

Case = tuple[str, list[tuple[str, str, object, object, object]]]

CURRENCIES_AND_CONTEXT: list[Case] = [
# --- China / yuan
("Workers at the Hongda plant in Dandong earned 2,000 yuan a month.", [("2,000 yuan", "CNY", 2000, "month", None)]),
("Each woman was paid RMB 1,800 per month, a former manager said.", [("RMB 1,800", "CNY", 1800, "month", None)]),
("The company kept 70 percent of their wages.", []),
("She said the fee was 300 renminbi.", [("300 renminbi", "CNY", 300, None, None)]),
("A bowl of noodles in Hunchun costs ¥15.", [("¥15", "CNY", 15, None, None)]),
("The contract was worth CNY 12 million.", [("CNY 12 million", "CNY", 12e6, None, None)]),
("They received between 1,500 and 2,200 yuan monthly.", [("1,500 and 2,200 yuan", "CNY", (1500, 2200), "month", None)]),
("Wages of 1,500-2,200 yuan were promised.", [("1,500-2,200 yuan", "CNY", (1500, 2200), None, None)]),
("He earned 12,000 yuan (about $1,700) over the season.", [("12,000 yuan", "CNY", 12000, None, 1700)]),
("The women were paid RMB 2,000 [USD 280] a month.", [("RMB 2,000", "CNY", 2000, None, 280)]),
("Each was fined 500 yuan, or roughly $70, for talking back.", [("500 yuan", "CNY", 500, None, 70)]),
("a few hundred yuan a month", [("a few hundred yuan", "CNY", (200, 999), "month", None)]),
("The firm made tens of millions of yuan from the deal.", [("tens of millions of yuan", "CNY", (1e7, 99999999), None, None)]),
("They got 300 to 500 yuan a month.", [("300 to 500 yuan", "CNY", (300, 500), "month", None)]),
("Rent was 800 Chinese yuan each month.", [("800 Chinese yuan", "CNY", 800, "month", None)]),
("The managers paid 50 kuai a day for food.", [("50 kuai", "CNY", 50, "day", None)]),
("Seafood exports rose to 3.2 billion yuan in 2023.", [("3.2 billion yuan", "CNY", 3.2e9, None, None)]),
("About 400 North Korean workers arrived in 2019.", []),
("The workers lived at No. 3 Factory dormitory.", []),
("Route 66 and the G20 summit were mentioned.", []),
("Call 0415-3128866 for details.", []),
("The women earned 1,200 yuan per shift week.", [("1,200 yuan", "CNY", 1200, None, None)]),
("A ¥3,000 bonus was promised in Shenyang.", [("¥3,000", "CNY", 3000, None, None)]),
("Sales reached 5.6bn yuan.", [("5.6bn yuan", "CNY", 5.6e9, None, None)]),
("The contract paid 2,500 RMB a month.", [("2,500 RMB", "CNY", 2500, "month", None)]),
("They each earned roughly 60,000 yuan ($8,300) a year.", [("60,000 yuan", "CNY", 60000, None, 8300)]),
("a monthly salary of 3,000 yuan", [("3,000 yuan", "CNY", 3000, "month", None)]),
("The broker took RMB 20,000 up front.", [("RMB 20,000", "CNY", 20000, None, None)]),
("Workers were paid 2000 yuan.", [("2000 yuan", "CNY", 2000, None, None)]),
("Prices fell 3% in March.", []),
("Each worker owed 5,000 yuan in fees, according to the source.", [("5,000 yuan", "CNY", 5000, None, None)]),
("Salaries ranged from 1,600 yuan to 2,400 yuan.", [("1,600 yuan to 2,400 yuan", "CNY", (1600, 2400), None, None)]),
("Meals cost them Rmb 300 a month.", [("Rmb 300", "CNY", 300, "month", None)]),
("He spent 1.5 million yuan on the building.", [("1.5 million yuan", "CNY", 1.5e6, None, None)]),
("The factory in Yanji paid them 2,800 yuan, about 400 dollars.", [("2,800 yuan", "CNY", 2800, None, 400)]),
# --- Korea / won
("A defector in Seoul said brokers charge 20 million won.", [("20 million won", "KRW", 2e7, None, None)]),
("At the jangmadang in Hyesan, rice sold for 5,000 won a kilogram.", [("5,000 won", "KPW", 5000, None, None)]),
("Rice cost 6,000 North Korean won.", [("6,000 North Korean won", "KPW", 6000, None, None)]),
("The price was KPW 8,000 per kilogram.", [("KPW 8,000", "KPW", 8000, None, None)]),
("The government allocated KRW 5 million per family.", [("KRW 5 million", "KRW", 5e6, None, None)]),
("The fine was ₩3 million, Seoul prosecutors said.", [("₩3 million", "KRW", 3e6, None, None)]),
("The NIS estimated that the regime earns hundreds of millions of won.", [("hundreds of millions of won", "KRW", (1e8, 999e6), None, None)]),
("Back home in Chongjin, his family received 300,000 won.", [("300,000 won", "KPW", 300000, None, None)]),
("He paid 3 million South Korean won to the broker.", [("3 million South Korean won", "KRW", 3e6, None, None)]),
("The team won 3-1 in Pyongyang.", []),
("They won 2 matches.", []),
("At the market rate, $1 buys about 8,000 won.", [("$1", "USD", 1, None, None), ("8,000 won", "KPW", 8000, None, None)]),
("a bag of corn at 2,500 won in Sinuiju markets", [("2,500 won", "KPW", 2500, None, None)]),
("Korean Air charged ₩450,000 for the ticket from Incheon.", [("₩450,000", "KRW", 450000, None, None)]),
("The settlement money, 10 million won, was handed over in Seoul.", [("10 million won", "KRW", 1e7, None, None)]),
("Yonhap said the workers sent home about 1.5 billion won.", [("1.5 billion won", "KRW", 1.5e9, None, None)]),
# --- Russia
("The loggers were paid 14,500 rubles ($190) a month.", [("14,500 rubles", "RUB", 14500, "month", 190)]),
("A brigade earned around 20,000 roubles monthly.", [("20,000 roubles", "RUB", 20000, "month", None)]),
("Rent was ₽15,000.", [("₽15,000", "RUB", 15000, None, None)]),
("He was owed 45 000 rubles by the contractor.", [("45 000 rubles", "RUB", 45000, None, None)]),
("The apartment cost 30,000 ₽ a month.", [("30,000 ₽", "RUB", 30000, "month", None)]),
("The contract was worth RUB 4.5 million.", [("RUB 4.5 million", "RUB", 4.5e6, None, None)]),
("The firm in Vladivostok paid several thousand rubles a month.", [("several thousand rubles", "RUB", (2000, 9999), "month", None)]),
("Fines of 2,000 to 5,000 rubles were imposed on each foreman.", [("2,000 to 5,000 rubles", "RUB", (2000, 5000), None, None)]),
("They got 8,500 rubles ($110) and no more.", [("8,500 rubles", "RUB", 8500, None, 110)]),
("Construction crews earned 50,000 rubles (about $540) per month.", [("50,000 rubles", "RUB", 50000, "month", 540)]),
("Each man paid 100 thousand rubles.", [("100 thousand rubles", "RUB", 1e5, None, None)]),
("The men were paid 60 thousand roubles a month.", [("60 thousand roubles", "RUB", 6e4, "month", None)]),
("It cost them 2.5 mln rubles.", [("2.5 mln rubles", "RUB", 2.5e6, None, None)]),
("Russian rubles worth 1 billion were seized.", []),
("the building in Khabarovsk cost 300 million roubles", [("300 million roubles", "RUB", 3e8, None, None)]),
# --- Mongolia
("Seamstresses in Darkhan earned 780,000 tugriks a month.", [("780,000 tugriks", "MNT", 780000, "month", None)]),
("Sauna staff got ₮600,000.", [("₮600,000", "MNT", 600000, None, None)]),
("The fee was MNT 1.2 million.", [("MNT 1.2 million", "MNT", 1.2e6, None, None)]),
("wages of 500,000 togrogs", [("500,000 togrogs", "MNT", 500000, None, None)]),
("about 700,000 tugrik ($200) a month", [("700,000 tugrik", "MNT", 700000, "month", 200)]),
# --- Gulf
("In Doha, scaffolders earned 1,100 riyals a month.", [("1,100 riyals", "QAR", 1100, "month", None)]),
("The Qatari contractor paid QR 900 a month.", [("QR 900", "QAR", 900, "month", None)]),
("The Omani firm paid 150 Omani rials a month.", [("150 Omani rials", "OMR", 150, "month", None)]),
("In Muscat they were paid 120 rials.", [("120 rials", "OMR", 120, None, None)]),
("In Kuwait City, workers got 100 dinars a month.", [("100 dinars", "KWD", 100, "month", None)]),
("They were owed KD 400 each.", [("KD 400", "KWD", 400, None, None)]),
("Labourers in Manama earned 150 Bahraini dinars.", [("150 Bahraini dinars", "BHD", 150, None, None)]),
("In Bahrain the company paid 120 dinars a month.", [("120 dinars", "BHD", 120, "month", None)]),
("In Dubai, a crew member got AED 1,500.", [("AED 1,500", "AED", 1500, None, None)]),
("They earned 1,200 dirhams in Sharjah.", [("1,200 dirhams", "AED", 1200, None, None)]),
("The Abu Dhabi site paid Dh800 a month.", [("Dh800", "AED", 800, "month", None)]),
("Dhs 2,000 was deducted.", [("Dhs 2,000", "AED", 2000, None, None)]),
("In Riyadh the workers were paid SAR 1,000 a month.", [("SAR 1,000", "SAR", 1000, "month", None)]),
("He earned 1,500 Saudi riyals.", [("1,500 Saudi riyals", "SAR", 1500, None, None)]),
("The Doha firm paid 1,200 riyals ($330) a month.", [("1,200 riyals", "QAR", 1200, "month", 330)]),
("In Qatar they earned about 900 riyals, or roughly $250, each month.", [("900 riyals", "QAR", 900, "month", 250)]),
("The Kuwaiti subcontractor owed as much as 350 dinars each (about $1,150).", [("350 dinars", "KWD", 350, None, 1150)]),
("The company paid OMR 200 monthly.", [("OMR 200", "OMR", 200, "month", None)]),
("a payment of KWD 2.5 million", [("KWD 2.5 million", "KWD", 2.5e6, None, None)]),
("QAR 1,000 per month was promised.", [("QAR 1,000", "QAR", 1000, "month", None)]),
("In Iraq they were paid 500,000 dinars.", [("500,000 dinars", "IQD", 500000, None, None)]),
("The Jordanian employer paid 250 dinars.", [("250 dinars", "JOD", 250, None, None)]),
("He earned 1,000 QR a month.", [("1,000 QR", "QAR", 1000, "month", None)]),
("The RO 150 salary was never paid in full in Sohar.", [("RO 150", "OMR", 150, None, None)]),
("BD 200 a month, a Manama lawyer said.", [("BD 200", "BHD", 200, "month", None)]),
("Rents were 600 Kuwaiti dinars.", [("600 Kuwaiti dinars", "KWD", 600, None, None)]),
("Workers at Lusail were promised QR1,300.", [("QR1,300", "QAR", 1300, None, None)]),
("the Emirati firm paid 2,000 AED per worker", [("2,000 AED", "AED", 2000, None, None)]),
# --- Africa
("In Luanda the builders got 150,000 kwanzas a month.", [("150,000 kwanzas", "AOA", 150000, "month", None)]),
("The Angolan firm paid 80,000 kwanza.", [("80,000 kwanza", "AOA", 80000, None, None)]),
("They were paid AOA 200,000.", [("AOA 200,000", "AOA", 200000, None, None)]),
("In Maputo workers earned 8,000 meticais a month.", [("8,000 meticais", "MZN", 8000, "month", None)]),
("The fee was 5,000 metical.", [("5,000 metical", "MZN", 5000, None, None)]),
("A crew in Mozambique was paid MZN 10,000.", [("MZN 10,000", "MZN", 10000, None, None)]),
("The rent was 3,000 MT in Beira.", [("3,000 MT", "MZN", 3000, None, None)]),
("In Dakar, the masons earned 450,000 CFA francs a month.", [("450,000 CFA francs", "XOF", 450000, "month", None)]),
("The Senegalese contractor paid 75,000 FCFA a week.", [("75,000 FCFA", "XOF", 75000, "week", None)]),
("In Malabo hotel staff earned 230,000 CFA francs ($390) a month.", [("230,000 CFA francs", "XAF", 230000, "month", 390)]),
("The Pointe-Noire arena cost 3.8 billion CFA francs.", [("3.8 billion CFA francs", "XAF", 3.8e9, None, None)]),
("In Abidjan, they got XOF 100,000.", [("XOF 100,000", "XOF", 100000, None, None)]),
("In Yaoundé the firm paid 90,000 francs CFA.", [("90,000 francs CFA", "XAF", 90000, None, None)]),
("The monument near Thiès cost 2.1 billion CFA francs.", [("2.1 billion CFA francs", "XOF", 2.1e9, None, None)]),
("In Lagos they earned 50,000 naira.", [("50,000 naira", "NGN", 50000, None, None)]),
("The Abuja project paid ₦80,000 a month.", [("₦80,000", "NGN", 80000, "month", None)]),
("Nigerian workers got N50,000.", []),
("In Dar es Salaam workers were paid 300,000 Tanzanian shillings.", [("300,000 Tanzanian shillings", "TZS", 300000, None, None)]),
("In Tanzania they got TSh 200,000 a month.", [("TSh 200,000", "TZS", 200000, "month", None)]),
("In Kampala the crew earned 400,000 shillings.", [("400,000 shillings", "UGX", 400000, None, None)]),
("In Addis Ababa they were paid 3,000 birr a month.", [("3,000 birr", "ETB", 3000, "month", None)]),
("The Ethiopian subcontractor paid ETB 5,000.", [("ETB 5,000", "ETB", 5000, None, None)]),
("In Kinshasa workers got 100,000 Congolese francs.", [("100,000 Congolese francs", "CDF", 100000, None, None)]),
("In Kinshasa they were paid $150 a month.", [("$150", "USD", 150, "month", None)]),
("UGX 500,000 was the monthly fee.", [("UGX 500,000", "UGX", 500000, None, None)]),
("Workers in Bata were paid 200,000 CFA.", [("200,000 CFA", "XAF", 200000, None, None)]),
("In Nairobi they received KSh 20,000.", [("KSh 20,000", "KES", 20000, None, None)]),
("The Ghanaian firm paid 2,000 cedis.", [("2,000 cedis", "GHS", 2000, None, None)]),
("In Harare workers got $200 a month.", [("$200", "USD", 200, "month", None)]),
("A Kigali hotel paid 100,000 Rwandan francs.", [("100,000 Rwandan francs", "RWF", 100000, None, None)]),
("The Guinean contractor paid 1 million Guinean francs.", [("1 million Guinean francs", "GNF", 1e6, None, None)]),
# --- Europe
("In Szczecin the riggers were paid 2,900 zloty a month (about $740).", [("2,900 zloty", "PLN", 2900, "month", 740)]),
("They got between 400 and 600 zlotys.", [("between 400 and 600 zlotys", "PLN", (400, 600), None, None)]),
("Rent was 1 200 zł a month.", [("1 200 zł", "PLN", 1200, "month", None)]),
("The Polish firm paid PLN 2,500.", [("PLN 2,500", "PLN", 2500, None, None)]),
("He earned 15 zł an hour.", [("15 zł", "PLN", 15, "hour", None)]),
("In Malta they got 1,600 euros a month.", [("1,600 euros", "EUR", 1600, "month", None)]),
("They received €140, sometimes €190.", [("€140", "EUR", 140, None, None), ("€190", "EUR", 190, None, None)]),
("We got 120 euros, sometimes 180. The rest went to the manager.", [("120 euros", "EUR", 120, None, None), ("180", "EUR", 180, None, None)]),
("We got 120 euros, sometimes 180 workers came.", [("120 euros", "EUR", 120, None, None)]),
("A Dutch shipyard paid €2 an hour.", [("€2", "EUR", 2, "hour", None)]),
("The Czech company paid 20,000 koruna.", [("20,000 koruna", "CZK", 20000, None, None)]),
("In Prague the agency took CZK 30,000.", [("CZK 30,000", "CZK", 30000, None, None)]),
("The fee was 500 Kč a month.", [("500 Kč", "CZK", 500, "month", None)]),
("The Rotterdam shipyard paid 12 euros per hour.", [("12 euros", "EUR", 12, "hour", None)]),
("He paid €1.5m for the hull.", [("€1.5m", "EUR", 1.5e6, None, None)]),
("The EU fined the firm EUR 3 million.", [("EUR 3 million", "EUR", 3e6, None, None)]),
("2,500 euros ($2,700) a month", [("2,500 euros", "EUR", 2500, "month", 2700)]),
("In Budapest they got 200,000 forints.", [("200,000 forints", "HUF", 200000, None, None)]),
("1,200 lei a month in Romania", [("1,200 lei", "RON", 1200, "month", None)]),
("The London firm paid £500.", [("£500", "GBP", 500, None, None)]),
# --- South-East Asia & Central Asia
("In Phnom Penh waitresses earned $300 a month.", [("$300", "USD", 300, "month", None)]),
("In Hanoi they got 5 million dong.", [("5 million dong", "VND", 5e6, None, None)]),
("In Vientiane the restaurant paid 2 million kip.", [("2 million kip", "LAK", 2e6, None, None)]),
("They earned 800,000 riel in Cambodia.", [("800,000 riel", "KHR", 800000, None, None)]),
("In Bangkok the staff got 9,000 baht.", [("9,000 baht", "THB", 9000, None, None)]),
("In Kuala Lumpur workers got RM1,500.", [("RM1,500", "MYR", 1500, None, None)]),
("In Jakarta they were paid Rp 3 million.", [("Rp 3 million", "IDR", 3e6, None, None)]),
("In Manila the crew got 15,000 pesos.", [("15,000 pesos", "PHP", 15000, None, None)]),
("In Yangon workers earned 200,000 kyat.", [("200,000 kyat", "MMK", 200000, None, None)]),
("The Singapore firm paid S$2,000.", [("S$2,000", "SGD", 2000, None, None)]),
("Seats in Bishkek cost between 250 and 800 som.", [("between 250 and 800 som", "KGS", (250, 800), None, None)]),
("In Tashkent they paid 2 million soums.", [("2 million soums", "UZS", 2e6, None, None)]),
("Nepali recruits paid 85,000 Nepali rupees to agents.", [("85,000 Nepali rupees", "NPR", 85000, None, None)]),
("Bangladeshi workers paid 300,000 taka.", [("300,000 taka", "BDT", 300000, None, None)]),
("Pakistani recruits paid 200,000 Pakistani rupees.", [("200,000 Pakistani rupees", "PKR", 200000, None, None)]),
("a recruitment fee of 150,000 rupees in Kathmandu", [("150,000 rupees", "NPR", 150000, None, None)]),
("In Almaty they got 150,000 tenge.", [("150,000 tenge", "KZT", 150000, None, None)]),
("The Macau casino paid 10,000 patacas.", [("10,000 patacas", "MOP", 10000, None, None)]),
("In Taipei they earned NT$25,000.", [("NT$25,000", "TWD", 25000, None, None)]),
("HK$5,000 a month in Hong Kong", [("HK$5,000", "HKD", 5000, "month", None)]),
# --- USD, general
("The state earns $150 million to $400 million a year.", [("$150 million to $400 million", "USD", (1.5e8, 4e8), "year", None)]),
("Workers earned $300-500 a month.", [("$300-500", "USD", (300, 500), "month", None)]),
("between 300 and 500 dollars", [("between 300 and 500 dollars", "USD", (300, 500), None, None)]),
("a few hundred dollars", [("a few hundred dollars", "USD", (200, 999), None, None)]),
("several hundred to several thousand dollars", [("several hundred to several thousand dollars", "USD", (200, 9999), None, None)]),
("dozens of dollars", [("dozens of dollars", "USD", (24, 99), None, None)]),
("tens of thousands of dollars", [("tens of thousands of dollars", "USD", (10000, 99999), None, None)]),
("The UN said the workers earn the state US$500 million annually.", [("US$500 million", "USD", 5e8, "year", None)]),
("The deal was USD 3.5 million.", [("USD 3.5 million", "USD", 3.5e6, None, None)]),
("a $2bn business", [("$2bn", "USD", 2e9, None, None)]),
("2bn workers", []),
("He paid U.S. $1,788 for the trip.", [("U.S. $1,788", "USD", 1788, None, None)]),
("14,000 yuan (U.S. $1,950)", [("14,000 yuan", "CNY", 14000, None, 1950)]),
("They earned about $10 a day.", [("$10", "USD", 10, "day", None)]),
("The fine was 5,000 US dollars.", [("5,000 US dollars", "USD", 5000, None, None)]),
("The workers got 50 dollars per shift.", [("50 dollars", "USD", 50, "day", None)]),
("a $15,000 fee", [("$15,000", "USD", 15000, None, None)]),
("hundreds of millions of dollars a year", [("hundreds of millions of dollars", "USD", (1e8, 999e6), "year", None)]),
("more than $1 billion", [("$1 billion", "USD", 1e9, None, None)]),
("up to $500 each month", [("$500", "USD", 500, "month", None)]),
("half a million dollars", [("half a million dollars", "USD", 5e5, None, None)]),
("a million dollars", [("a million dollars", "USD", 1e6, None, None)]),
("$1.2 million", [("$1.2 million", "USD", 1.2e6, None, None)]),
("US$ 400", [("US$ 400", "USD", 400, None, None)]),
("$25k a year", [("$25k", "USD", 25000, "year", None)]),
("The regime took 90% of pay.", []),
("Workers paid a $100 deposit and $50 monthly.", [("$100", "USD", 100, None, None), ("$50", "USD", 50, "month", None)]),
("In 2019, 300 workers arrived; in 2020, 500 more.", []),
("He was 45 years old and earned $400.", [("$400", "USD", 400, None, None)]),
("Some 1,500 North Koreans worked there.", []),
("The plant's 2,000 employees", []),
("a 20-storey tower", []),
("The ship was 120 metres long and carried 5,000 tonnes.", []),
("On page 12 of the 2023 report", []),
("The temperature hit 45 degrees.", []),
("$300 to $400", [("$300 to $400", "USD", (300, 400), None, None)]),
("roughly $40,000 each year", [("$40,000", "USD", 40000, "year", None)]),
("the minimum wage of $250 per month", [("$250", "USD", 250, "month", None)]),
("Annual revenue of $500m", [("$500m", "USD", 5e8, "year", None)]),
("per diem of $20", [("$20", "USD", 20, None, None)]),
("an hourly rate of $3", [("$3", "USD", 3, "hour", None)]),
("$3 an hour", [("$3", "USD", 3, "hour", None)]),
("thousands of dollars", [("thousands of dollars", "USD", (1000, 9999), None, None)]),
("millions of dollars", [("millions of dollars", "USD", (1e6, 9999999), None, None)]),
("a couple of hundred dollars", [("a couple of hundred dollars", "USD", (200, 399), None, None)]),
("several million dollars", [("several million dollars", "USD", (2e6, 9999999), None, None)]),
("Australian dollars 500", []),
("The Canadian firm paid C$40,000.", [("C$40,000", "CAD", 40000, None, None)]),
("In Sydney, A$900 a week", [("A$900", "AUD", 900, "week", None)]),
("The Shenyang canteen paid 150 yuan, which is like $21.", [("150 yuan", "CNY", 150, None, 21)]),
("350 yuan is about $49 and that is a week of food.", [("350 yuan", "CNY", 350, None, 49)]),
("Wages of 3,000 yuan a month, equivalent to $420, were promised.", [("3,000 yuan", "CNY", 3000, "month", 420)]),
("12,000 rubles, or $160, a month", [("12,000 rubles", "RUB", 12000, "month", 160)]),
("The crew earned 2,000 rubles per worker a day.", [("2,000 rubles", "RUB", 2000, "day", None)]),
("50 percent", []),
("Profits rose by 12 per cent.", []),
("They paid 1,000 yuan in 2019 and 1,200 yuan in 2020.", [("1,000 yuan", "CNY", 1000, None, None), ("1,200 yuan", "CNY", 1200, None, None)]),
("The two won the award.", []),
("North Korea won 2-0.", []),
("about ¥50,000 in Tokyo", [("¥50,000", "JPY", 50000, None, None)]),
("The Osaka restaurant paid 200,000 yen.", [("200,000 yen", "JPY", 200000, None, None)]),
("JPY 1 million", [("JPY 1 million", "JPY", 1e6, None, None)]),
("a ¥100 million deal with a Japanese trader", [("¥100 million", "JPY", 1e8, None, None)]),
("They earned 40,000 to 50,000 rubles.", [("40,000 to 50,000 rubles", "RUB", (40000, 50000), None, None)]),
("$1,000–$1,500", [("$1,000–$1,500", "USD", (1000, 1500), None, None)]),
("from $600 to $800 a month", [("$600 to $800", "USD", (600, 800), "month", None)]),
("US$300 to US$400", [("US$300 to US$400", "USD", (300, 400), None, None)]),
("RMB 25 [USD 3.52]", [("RMB 25", "CNY", 25, None, 3.52)]),
("It paid 7,500 rubles ($95), while local hands got 38,000 rubles.", [("7,500 rubles", "RUB", 7500, None, 95), ("38,000 rubles", "RUB", 38000, None, None)]),
("The worker paid $2,000 to $3,000 to the broker.", [("$2,000 to $3,000", "USD", (2000, 3000), None, None)]),

]

STYLES_AND_TRAPS: list[Case] = [
("A 3,000-yuan-a-month job at the Sunbright plant in Hunchun.", [("3,000-yuan", "CNY", 3000, None, None)]),
("They were promised RMB2,000 but got RMB800.", [("RMB2,000", "CNY", 2000, None, None), ("RMB800", "CNY", 800, None, None)]),
("Turnover hit Rmb1.2bn last year.", [("Rmb1.2bn", "CNY", 1.2e9, None, None)]),
("The seamstresses were paid $1,500/month on paper.", [("$1,500", "USD", 1500, "month", None)]),
("Each owed 300 USD to the broker.", [("300 USD", "USD", 300, None, None)]),
("The rate was 200 yuan/day.", [("200 yuan", "CNY", 200, "day", None)]),
("He paid eight hundred dollars for the visa.", [("eight hundred dollars", "USD", 800, None, None)]),
("She lost fifteen thousand rubles.", [("fifteen thousand rubles", "RUB", 15000, None, None)]),
("They sent home two thousand yuan each.", [("two thousand yuan", "CNY", 2000, None, None)]),
("A defector in Seoul got 20,000 won ($15) as a gift.", [("20,000 won", "KRW", 20000, None, 15)]),
("A kilogram of rice costs 5,000 won in Pyongyang.", [("5,000 won", "KPW", 5000, None, None)]),
("Dh1,500 a month in Dubai", [("Dh1,500", "AED", 1500, "month", None)]),
("KD50 per month in Kuwait", [("KD50", "KWD", 50, "month", None)]),
("SR 1,200 in Jeddah", [("SR 1,200", "SAR", 1200, None, None)]),
("the 1,000 workers at the Goldstar mill", []),
("Room 101 of Unit 8 in Block 5", []),
("Boeing 737 flights to Vladivostok", []),
("in the 1990s", []),
("Article 23 of the labour code", []),
("a 30 percent cut in wages", []),
("half their wages were withheld", []),
("two-thirds of their salary", []),
("The crews at the Bayside yard earned €1,350 gross.", [("€1,350", "EUR", 1350, None, None)]),
("The seamen earned US$1.5m in total.", [("US$1.5m", "USD", 1.5e6, None, None)]),
("The fine, 1 million yuan, was never paid.", [("1 million yuan", "CNY", 1e6, None, None)]),
("Profits of nearly 2 billion rubles ($22 million) were declared.", [("2 billion rubles", "RUB", 2e9, None, 22e6)]),
("A worker in Doha said he gets 1,000 riyals (about $275) monthly.", [("1,000 riyals", "QAR", 1000, "month", 275)]),
("Kuwaiti firms pay them 120 KD a month.", [("120 KD", "KWD", 120, "month", None)]),
("The Omani contractor paid each man 100 rials, about $260, a month.", [("100 rials", "OMR", 100, "month", 260)]),
("In Abu Dhabi they got 800 dirhams ($218).", [("800 dirhams", "AED", 800, None, 218)]),
("the UAE paid 1,500 AED/month", [("1,500 AED", "AED", 1500, "month", None)]),
("In Ulaanbaatar, the sauna paid 400,000 tögrög a month.", [("400,000 tögrög", "MNT", 400000, "month", None)]),
("MNT 900,000 ($260)", [("MNT 900,000", "MNT", 900000, None, 260)]),
("In Luanda, Kz 50,000 a month", [("Kz 50,000", "AOA", 50000, "month", None)]),
("In Luanda they earned 90 000 kwanzas.", [("90 000 kwanzas", "AOA", 90000, None, None)]),
("The Mozambican builders got 6 000 meticais ($95).", [("6 000 meticais", "MZN", 6000, None, 95)]),
("about 6,500 Mozambican meticais a month", [("6,500 Mozambican meticais", "MZN", 6500, "month", None)]),
("In Dakar the team took 1,2 million CFA", []),
("In Cotonou they were paid 60,000 CFA francs per month.", [("60,000 CFA francs", "XOF", 60000, "month", None)]),
("the Cameroonian site paid FCFA 80,000", [("FCFA 80,000", "XAF", 80000, None, None)]),
("In Libreville, 150.000 FCFA", [("150.000 FCFA", "XAF", 150000, None, None)]),
("In Kinshasa they got $3 a day.", [("$3", "USD", 3, "day", None)]),
("In Addis Ababa, 2,500 Ethiopian birr", [("2,500 Ethiopian birr", "ETB", 2500, None, None)]),
("Tanzanian workers got 250,000 shillings in Dar es Salaam.", [("250,000 shillings", "TZS", 250000, None, None)]),
("In Kampala they got Shs 300,000.", [("Shs 300,000", "UGX", 300000, None, None)]),
("In Warsaw they received 4 000 zł brutto.", [("4 000 zł", "PLN", 4000, None, None)]),
("PLN 3,000 (about $750) a month", [("PLN 3,000", "PLN", 3000, "month", 750)]),
("a salary of 2,800 złotys", [("2,800 złotys", "PLN", 2800, None, None)]),
("In Valletta they earned €900 a month, or about $980.", [("€900", "EUR", 900, "month", 980)]),
("In Brno they got 25 000 Kč.", [("25 000 Kč", "CZK", 25000, None, None)]),
("The Czech agency charged CZK 5,000 per worker.", [("CZK 5,000", "CZK", 5000, None, None)]),
("Dutch shipyards paid €1,700 to €2,000 a month.", [("€1,700 to €2,000", "EUR", (1700, 2000), "month", None)]),
("In Phnom Penh, 1 million riel", [("1 million riel", "KHR", 1e6, None, None)]),
("In Vientiane, 3,000,000 kip a month", [("3,000,000 kip", "LAK", 3e6, "month", None)]),
("The restaurant in Hanoi paid VND 6 million.", [("VND 6 million", "VND", 6e6, None, None)]),
("The Bangkok restaurant paid ฿12,000.", [("฿12,000", "THB", 12000, None, None)]),
("In Jakarta, Rp3.5 million a month", [("Rp3.5 million", "IDR", 3.5e6, "month", None)]),
("In Malaysia, RM 1,200 a month", [("RM 1,200", "MYR", 1200, "month", None)]),
("Filipino crew got ₱20,000.", [("₱20,000", "PHP", 20000, None, None)]),
("In Dhaka recruits paid Tk 400,000 to agents.", [("Tk 400,000", "BDT", 400000, None, None)]),
("In Kathmandu the agent charged Rs 150,000.", [("Rs 150,000", "NPR", 150000, None, None)]),
("Nepalese recruits paid NPR 120,000.", [("NPR 120,000", "NPR", 120000, None, None)]),
("In Karachi the fee was Rs. 200,000.", [("Rs. 200,000", "PKR", 200000, None, None)]),
("The firm earned between $5 million and $10 million.", [("between $5 million and $10 million", "USD", (5e6, 1e7), None, None)]),
("the $5-10 million contract", [("$5-10 million", "USD", (5e6, 1e7), None, None)]),
("They earned $150 to $200 per month.", [("$150 to $200", "USD", (150, 200), "month", None)]),
("from 1,000 to 1,500 yuan", [("1,000 to 1,500 yuan", "CNY", (1000, 1500), None, None)]),
("some 500 to 600 dollars a month", [("500 to 600 dollars", "USD", (500, 600), "month", None)]),
("several hundred thousand won", [("several hundred thousand won", "KRW", (2e5, 999999), None, None)]),
("a few thousand dollars", [("a few thousand dollars", "USD", (2000, 9999), None, None)]),
("hundreds of dollars a month", [("hundreds of dollars", "USD", (100, 999), "month", None)]),
("tens of millions of dollars", [("tens of millions of dollars", "USD", (1e7, 9.9e7), None, None)]),
("billions of won", [("billions of won", "KRW", (1e9, 9999999999), None, None)]),
("a few dollars a day", [("a few dollars", "USD", (2, 9), "day", None)]),
("several dollars", [("several dollars", "USD", (2, 9), None, None)]),
("dozens of millions of dollars", [("dozens of millions of dollars", "USD", (2.4e7, 99e6), None, None)]),
("the price rose to $2,000 from $1,500", [("$2,000", "USD", 2000, None, None), ("$1,500", "USD", 1500, None, None)]),
("$1,000 or more", [("$1,000", "USD", 1000, None, None)]),
("about USD 200 each month", [("USD 200", "USD", 200, "month", None)]),
("an annual income of $2,400", [("$2,400", "USD", 2400, "year", None)]),
("a weekly allowance of 100 yuan", [("100 yuan", "CNY", 100, "week", None)]),
("daily wages of 80 yuan", [("80 yuan", "CNY", 80, "day", None)]),
("paid 3,000 yuan every month", [("3,000 yuan", "CNY", 3000, "month", None)]),
("500 yuan per person per month", [("500 yuan", "CNY", 500, "month", None)]),
("$4 per hour", [("$4", "USD", 4, "hour", None)]),
("12,000 rubles per month ($130)", [("12,000 rubles", "RUB", 12000, "month", 130)]),
("RMB 1,500 ($210) per month", [("RMB 1,500", "CNY", 1500, "month", 210)]),
("The regime took $1,000 of the $1,200.", [("$1,000", "USD", 1000, None, None), ("$1,200", "USD", 1200, None, None)]),
("The deal, signed in 2018, was worth $30 million.", [("$30 million", "USD", 3e7, None, None)]),
("In 2019 300 workers arrived.", []),
("Call +86 415 312 8866", []),
("Flight KE 907", []),
("On March 3, 2,000 workers protested.", []),
("The 38th parallel", []),
("No. 1 Department", []),
("It had 20,000 square metres of space.", []),
("He was 30 years old.", []),
("COVID-19 in 2020", []),
("The factory produced 1.2 million garments.", []),
("a salary of 1.2m won", [("1.2m won", "KRW", 1.2e6, None, None)]),
("KD 1.500 for a meal in Kuwait", [("KD 1.500", "KWD", 1.5, None, None)]),
("The settlement was 1.5 billion won in Seoul.", [("1.5 billion won", "KRW", 1.5e9, None, None)]),
("KRW 1.2 trillion", [("KRW 1.2 trillion", "KRW", 1.2e12, None, None)]),
("₩50,000 in a Seoul shop", [("₩50,000", "KRW", 50000, None, None)]),
("about 3 million North Korean won at the market rate", [("3 million North Korean won", "KPW", 3e6, None, None)]),
("¥2,000 in Dandong", [("¥2,000", "CNY", 2000, None, None)]),
("CN¥5,000", [("CN¥5,000", "CNY", 5000, None, None)]),
("JP¥30,000", [("JP¥30,000", "JPY", 30000, None, None)]),
("an average of 2,300 yuan per month", [("2,300 yuan", "CNY", 2300, "month", None)]),
("they earned 200 dollars; the managers, 500", [("200 dollars", "USD", 200, None, None)]),
("The Yanji plant paid 2,000 yuan ($280) a month and 3,000 yuan ($420) for overtime.", [("2,000 yuan", "CNY", 2000, "month", 280), ("3,000 yuan", "CNY", 3000, None, 420)]),
("40 dinars of the 120 dinars in Kuwait", [("40 dinars", "KWD", 40, None, None), ("120 dinars", "KWD", 120, None, None)]),
("In Baghdad, 750,000 Iraqi dinars", [("750,000 Iraqi dinars", "IQD", 750000, None, None)]),
("USD300 a month", [("USD300", "USD", 300, "month", None)]),
("CNY2,000", [("CNY2,000", "CNY", 2000, None, None)]),
("EUR1,200", [("EUR1,200", "EUR", 1200, None, None)]),
("$US500", [("$US500", "USD", 500, None, None)]),
("He paid 2,000 euro.", [("2,000 euro", "EUR", 2000, None, None)]),
("1,500 Euros", [("1,500 Euros", "EUR", 1500, None, None)]),
("3000 Yuan", [("3000 Yuan", "CNY", 3000, None, None)]),
("2,000 RUBLES", [("2,000 RUBLES", "RUB", 2000, None, None)]),
("5,000 Rubles a month", [("5,000 Rubles", "RUB", 5000, "month", None)]),

]


def _matches(p: Amount, cur: str, val: object, per: object, stated: object) -> bool:
    if p.currency != cur:
        return False
    if isinstance(val, tuple):
        lo, hi = val
        pl = p.low if p.low is not None else p.value
        ph = p.high if p.high is not None else p.value
        if pl is None or ph is None or abs(pl - lo) > 0.01 * lo + 1e-9 or abs(ph - hi) > 0.01 * hi + 1e-9:
            return False
    elif isinstance(val, (int, float)):
        v = p.value if p.value is not None else (p.low if p.low == p.high else None)
        if v is None or abs(v - val) > 0.01 * val:
            return False
    if per is not None and p.per != per:
        return False
    if isinstance(stated, (int, float)):
        return p.stated_usd is not None and abs(p.stated_usd - stated) <= 0.01 * stated
    return True


def score(cases: list[Case]) -> tuple[float, list[str]]:
    """F1 over expected amounts, and the misses and false positives."""
    tp = fp = fn = 0
    problems: list[str] = []
    for text, expected in cases:
        preds = [a for a in money.find(text, date(2024, 5, 15)) if a.kind == "money"]
        used: set[int] = set()
        for span, cur, val, per, stated in expected:
            s = text.index(span)
            e = s + len(span)
            hit = next((i for i, p in enumerate(preds) if i not in used and p.start < e and s < p.end
                        and _matches(p, cur, val, per, stated)), None)
            if hit is None:
                fn += 1
                problems.append(f"miss {span!r} in {text!r}: {[(p.text, p.currency, p.value, p.low, p.high) for p in preds]}")
            else:
                tp += 1
                used.add(hit)
        for i, p in enumerate(preds):
            if i not in used:
                fp += 1
                problems.append(f"false positive {p.text!r} in {text!r}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return (2 * precision * recall / (precision + recall) if precision + recall else 0.0), problems


@pytest.mark.parametrize(("cases", "floor"), [(CURRENCIES_AND_CONTEXT, 0.98), (STYLES_AND_TRAPS, 0.98)],
                         ids=["currencies", "styles"])
def test_battery_f1(cases: list[Case], floor: float) -> None:
    f1, problems = score(cases)
    assert f1 >= floor, "\n".join(problems)
    assert len(cases) > 100


def test_battery_traps_find_nothing() -> None:
    traps = [text for text, expected in CURRENCIES_AND_CONTEXT + STYLES_AND_TRAPS if not expected]
    assert len(traps) >= 30
    found = {t: [a.text for a in money.find(t, date(2024, 5, 15)) if a.kind == "money"] for t in traps}
    assert {t: f for t, f in found.items() if f} == {}
