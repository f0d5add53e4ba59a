-- Alrek's annual report for 2022 (seed 000, sak 03-23): the draft from Styringsgruppen went to
-- Partnermøtet 27.03.2023 as sak 03-23 (the demo item, not a new one), which took it to note with
-- the seed's vedtak; it was to be "lagt på nett", so it is published. The chapters are generated from
-- the data when the application starts (annualreport.UngeneratedReports), as for any report recorded
-- without them.
insert into annual_report (cluster_id, year, status, introduction, texts, item_id, decision, published)
values ('a1ec0000-0000-4000-8000-000000000001', 2022, 'NOTED',
        'Alrek helseklynge samler Bergen kommune, Helse Bergen, Universitetet i Bergen, Høgskulen på Vestlandet og flere partnere om felles utfordringer i helsetjenestene.

2022 var året Arbeidsgruppen ble Styringsgruppen, strategien ble forankret hos partnerne og de første samarbeidsmidlene ble lyst ut. Denne årsmeldingen formidler arbeidet i organene, vedtakene, budsjettet, prosjektene og arrangementene.',
        '{"meetings": {"before": "Organene har møttes jevnlig gjennom året. Tabellen viser møter, saker og vedtak per organ; vedtakene i åpne saker står under.", "after": null}}',
        md5('item:pm-2023-03-27/03')::uuid,
        'Partnermøtet tar årsmeldingen for 2022 til etterretning, og takker Styringsgruppen for arbeidet.',
        true);
