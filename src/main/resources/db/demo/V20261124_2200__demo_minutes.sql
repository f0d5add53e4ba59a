-- Demo minutes (profile "demo"): the minutes of the two seed meetings, item by item, and the status
-- of the minutes of the meetings they mention. Follow-ups ("GG følger opp saken") and the referral to
-- Styringsgruppen are written by the followup and casefile modules, and the item titles, presenters,
-- documents and prior handling by the meeting module, so they are not repeated in the notes.

create function pg_temp.mn_alrek() returns uuid language sql as $$ select 'a1ec0000-0000-4000-8000-000000000001'::uuid $$;
create function pg_temp.mn_m(key text) returns uuid language sql as $$ select md5('meeting:' || key)::uuid $$;
create function pg_temp.mn_i(key text) returns uuid language sql as $$ select md5('item:' || key)::uuid $$;
create function pg_temp.mn_mm(key text) returns uuid language sql as $$ select md5('minutes:' || key)::uuid $$;
create function pg_temp.mn_p(person_code text) returns uuid language sql as $$
    select id from person where cluster_id = pg_temp.mn_alrek() and code = person_code $$;

create function pg_temp.mn_minutes(key text) returns void language sql as $$
    insert into minutes (id, cluster_id, meeting_id) values (pg_temp.mn_mm(key), pg_temp.mn_alrek(), pg_temp.mn_m(key)) $$;

create function pg_temp.mn_im(meeting_key text, item_key text, notes_md text, decision_text text default null,
                           heading text default null, feedback_lines text default null) returns void language sql as $$
    insert into item_minutes (cluster_id, minutes_id, item_id, notes, feedback_heading, feedback, decision)
    values (pg_temp.mn_alrek(), pg_temp.mn_mm(meeting_key), pg_temp.mn_i(item_key), notes_md, heading, feedback_lines, decision_text) $$;

create function pg_temp.mn_snapshot(key text, v_kind text, at date) returns integer language sql as $$
    insert into minutes_version (cluster_id, minutes_id, number, kind, content, created_at, created_by)
    values (pg_temp.mn_alrek(), pg_temp.mn_mm(key),
            (select coalesce(max(number), 0) + 1 from minutes_version where minutes_id = pg_temp.mn_mm(key)),
            v_kind, minutes_snapshot_content(pg_temp.mn_alrek(), pg_temp.mn_mm(key)), at::timestamptz, 'sekretariat')
    returning number $$;

create function pg_temp.mn_approve(key text, on_day date, by_item text, by_chair text) returns void language plpgsql as $$
declare
    n integer := pg_temp.mn_snapshot(key, 'APPROVED', on_day);
begin
    update minutes set status = 'APPROVED', approved_on = on_day,
                       approved_by_item_id = case when by_item is null then null else pg_temp.mn_i(by_item) end,
                       approved_by_chair_person_id = pg_temp.mn_p(by_chair), approved_version = n
    where id = pg_temp.mn_mm(key);
end $$;

-- Arbeidsgruppen 03.06.2021 (seed 001) --------------------------------------------------------------------
select pg_temp.mn_minutes('ag-2021-06-03');
select pg_temp.mn_im('ag-2021-06-03', 'ag-2021-06-03/19',
$md$Innkalling, sakliste og referat fra forrige møte godkjent. Ingen saker meldt under Eventuelt.$md$);
select pg_temp.mn_im('ag-2021-06-03', 'ag-2021-06-03/20',
$md$- **Byggetrinn 4 – status.** Ikke noe nytt, prosess med reguleringsplan går sin gang.

- **Oppdateringer fra klyngekoordinator BA;**
  - Studentkonferanse 16. juni; 16 studenter presenterer
  - Alrekdagene 22. – 24. september, samarrangementer med flere, bl.a. Polyfon musikkterapiklynge og Idrettsklynge Vest. Onsdag – partnerdag. Torsdag – film og plenumssamtale. Fredag – formidlingsdag i Årstadveien 17, men også plenumssesjoner for ansatte i klyngen. Avslutter med Researchers night med tema overgangsalder, sammen med Forskningsdagene i Bergen. Oppfordring om å holde av dagene.
  - Speed-dating i Å17 v/ Husrådet
  - Etterutdanning i digitalisering mottatt midler
  - Etterutdanning i utmattelsessymptomer
  - Ressursenter for brukermedvirkning i Alrek – på idestadiet
  - Henvendelse om «Digital fysioterapeut» - fra gründer
  - Brukerpanelet stiller med brukerrepresentanter i Pasientens legemiddelliste, etter forespørsel fra direktoratet
  - Diverse møter og samhandling som klyngekoordinator deltar i.$md$);
select pg_temp.mn_im('ag-2021-06-03', 'ag-2021-06-03/21',
$md$Kort innledning v/ NL og BA, med særlig vekt på hvordan partnerne organiserer arbeidet med klyngen slik at en internt har arenaer for drøfting og forankring av innspill til strategien.

Innspill fra Helse Bergen og Bergen kommune om hvordan klyngearbeidet organiseres internt. VID er i gang med å opprette samme modell, og FHI signaliserer det samme. HVL har internt sett på hvordan de kan tilgodese arbeid med klynger. TKVestland vil organisere et fora for innspill til strategien. Klyngefasilitator kan bidra.

Arbeidsgruppen ble bedt om å flagge særlig viktige saker for strategien, og kom med innspill i møtet:

1. Det må framgå at kommunene sitt arbeid for forebygging og helse i hele befolkningen er kjernen i Alrek.
2. Folkehelse og helsefremmende arbeid ble vektlagt av flere. Det ble også vektlagt at kommunene trenger et bedre kunnskapsgrunnlag for forebygging og folkehelsearbeid. Implementering av kunnskap er viktig. Evaluering av tiltak ble også fremmet i diskusjonen.
3. Sosial og økonomisk ulikhet i helse er et viktig tema.
4. Tverrfaglighet bør nevnes spesielt.
5. Knytte strategien til bærekraftsmålene.$md$);
select pg_temp.mn_im('ag-2021-06-03', 'ag-2021-06-03/22',
$md$De to fremlagte alternativene ble drøftet; et alternativ med samarbeidsmidler på totalt kr. 650 000 og et på kr. 800 000. Begge alternativ inneholdt i tillegg ivaretagelse av driftsmidler til klyngekoordinator og inndekning av økte kostnader til drift av brukerpanelet. Andelen for hver partner i budsjettalternativene var på hhv kr. 110 000 og kr. 125 000.

Tilbakemeldinger på at en økning i samarbeidsmidlene ble sett som sentralt, også med tanke på signaler fra styringsgruppen. Forutsatt forankring hos alle partnere, går Arbeidsgruppen inn for alternativ B; med kr. 125 000 per partner for 2022. Alle partnere får en skriftlig henvendelse for forankring av budsjettforslaget.$md$,
$d$Arbeidsgruppen støtter forslag til budsjett for fellesmidler i Alrek helseklynge for 2022, og går inn for det alternativet som fremkom etter drøftingen i møtet (alternativ B).$d$);
select pg_temp.mn_im('ag-2021-06-03', 'ag-2021-06-03/23',
$md$Forslag fra vurderingskomiteen til høstens utlysning av samarbeidsmidler for 2022 ble fremlagt. Formuleringer om samarbeid kommunepartner og vilkår for frikjøp blir kvalitetssikret.

Med en økning i budsjettet for 2022 må rammen for midlene økes (jfr. sak 22-21). Hvorvidt en skal øke maks. søknadssum eller støtte flere prosjekter ble drøftet. Det ble sett som viktigst å kunne støtte flere prosjekter gjennom utlysningen.

En revidert utlysningstekst sendes ut for en siste kommentarrunde.$md$,
$d$Arbeidsgruppen slutter seg til forslaget til utlysning av samarbeidsmidler for 2022.$d$);
select pg_temp.mn_im('ag-2021-06-03', 'ag-2021-06-03/24',
$md$BA innledet til sak om at det har vært drøftet å slå sammen de to Bergensbaserte nasjonale konferansene innen helseteknologi, arrangert av hhv HVL og Helse Bergen. Det er en positiv holdning til sammenslåing, der vi kan løfte frem felles utfordringer og felles løsninger. Det ble fremmet at en bør ha et høyt ambisjonsnivå for konferansen og fagfeltet, der en synliggjør kraften som finnes i klyngen og i regionen. Bruke konferansen til å markere oss nasjonalt, gjennom de etablerte nettverkene til konferansene. En konferanse for og av helse- og omsorgstjenestene, sammen med akademia. Ikke en kommersiell markedsarena for næringslivsaktører.

Arbeidsgruppen ser det som viktig å koble på faggruppen for e-helse i Alrek.$md$,
$d$Arbeidsgruppen slutter seg til arbeidet med en felles helseteknologikonferanse der Alrek helseklynge blir en av arrangørene, justert med kommentarer som kom i møtet.$d$);
select pg_temp.mn_im('ag-2021-06-03', 'ag-2021-06-03/25',
$md$Forslag om å formalisere og utvikle samarbeidsrelasjoner med Idrettsklynge Vest, Polyfon kunnskapsklynge for musikkterapi og Kunnskapskommunen Helse Omsorg Vest ble godt mottatt i gruppen.$md$,
$d$Arbeidsgruppen slutter seg til arbeidet med de nevnte klyngene som samarbeidspartnere, justert med kommentarer som kom i møtet.$d$);
select pg_temp.mn_im('ag-2021-06-03', 'ag-2021-06-03/26',
$md$Aktuelle møtedager for første møte til høsten er 26.8 eller 2.9. Sekretariatet sender ut en digital spørring med forslag til møtetider for alle tre møter i høst.

For øvrig: Robert Bjerknes ble takket av som pådriver i utvikling av helseklyngen gjennom sin rolle som viserektor for tverrfaglig virksomhet og store satsinger ved UiB i perioden 2016-2021.$md$);

-- Partnermøtet 27.03.2023 (seed 000) -------------------------------------------------------------------------
select pg_temp.mn_minutes('pm-2023-03-27');
select pg_temp.mn_im('pm-2023-03-27', 'pm-2023-03-27/01',
'Godkjenning av [referat fra forrige møte 07.10.22](/meetings/' || pg_temp.mn_m('pm-2022-10-07') || ')' || E'\n\n' ||
$md$Referat godkjent. En sak meldt under Eventuelt; helsepersonellkommissjonen.$md$);
select pg_temp.mn_im('pm-2023-03-27', 'pm-2023-03-27/02a',
$md$Bruvik orienterte om hvordan prosjektet har jobbet for å etablere et møtepunkt for studenter fra ulike utdanningsløp, og der studentene møter undervisere, forskere og praksisarenaene i primærhelsetjenesten. Studentkonferansen ble sist gjennomført i juni 2022, og årets konferanse går av stabelen 7. juni 2023.$md$,
null, 'Tilbakemeldinger fra Partnermøtet;',
$fb$Det er viktig å utvikle en kultur for innovasjon og samarbeid som fremmer arbeidslivsrelevans, med mulighet for feedback fra potensielle arbeidsgivere.
Konferansen har foreløpig vært for de som formidler sine oppgaver. Forslag om at studenter også kan komme og få ideer til oppgaver på denne konferansen.
På HVL er denne metoden også godt i gang, studenter presenterer oppgaver og formidler. Postere samles og tilgjengeliggjøres elektronisk, fungerer som en idebank for studenter.
Ønske om at opplegget utvides også mot de andre institusjonene, samle flere studenter på tvers i klyngen. (15-20 studenter som presenterte prosjekter i 2022).
TVEPS kan være viktig samarbeidspartner i dette prosjektet videre.
Hva defineres som arbeidsliv? Vinkler prosjektet seg mot karriere eller mot bredde i arbeidslivet? Studentkonferansen skal vise bredden, bidra til at studentene ser relevansen av det de har fordypet seg i og bli utfordret på at prosjektet ev kunne hatt en annen vinkling. På Alrekdagene arrangeres det arbeidslivstorg, mer dedikert mot den fasen der studenter skal koble seg opp mot arbeidslivet.$fb$);
select pg_temp.mn_im('pm-2023-03-27', 'pm-2023-03-27/02b',
$md$- Prosjekter med samarbeidsmidler for 2023 (inkl. Rebekka Ege Hegermanns fond); 9 prosjekter er tildelt midler for 2023, se omtalen [Tildeling av samarbeidsmidler 2023 - Alrek \(alrekhelseklynge.no\)](https://alrekhelseklynge.no/) I tillegg et prosjekt med midler fra Rebekka Ege Hegermanns fond for perioden 2023-2024.
- Nytt Brukerpanel for perioden 2023 – 2025; panelet har sitt første møte og konstitueres 29. mars.
- Arbeidsgruppe for utredning av senter for brukermedvirkning; gruppen er i gang og skal levere sin innsikt til Styringsgruppens første møte i høst.
- Aktuelle nye samarbeid; det er dialog med NKS Olaviken alderspsykiatriske sykehus og Verdighetssenteret.

Det ble formidlet ønske om en mer systematisk kartlegging av hvordan det går med prosjekter med såkornmidler fra Alrek; dvs. se hvordan de mindre midlene bidrar til større prosjekt. Dette kan også formidles bedre utad.$md$);
select pg_temp.mn_im('pm-2023-03-27', 'pm-2023-03-27/02c',
$md$- Digital helse-dager; arrangeres for andre gang [24. – 25. mai](https://alrekhelseklynge.no/)
- Studentkonferansen; [7. juni](https://alrekhelseklynge.no/)
- Alrekdagene [20. – 22. september](https://alrekhelseklynge.no/)

Innspill om at temaene er relevante og bidrar til å sette Alrek på kartet. Vi må fremsnakke Alrek og bli flinkere til å ta kontakt med departementer og beslutningstakere.

Det har vært drøftet egen bolk med AI som del av digitale helse-dager, er på agendaen å få det til.

Prioriteringer er et tema som krever modne diskusjoner. Kan Alrek klare å gå foran, å løfte det temaet? Forslag om å ta det som del av panelsamtalen under Alrekdagene.

Generell drøfting av Alrek sin rolle:

Partnermøtet ser at det ligger en mulighet i Alrek-samarbeidet som vi må utnytte enda bedre. I Alrek helseklynge er det grunnlag for en kultur for gode faglige diskusjoner og helseklyngen bør være med å sette aktuelle tema på den nasjonale politiske dagsorden, utfordre politikere og andre. Et tema som er viktig å løfte frem er prioriteringer i helsevesenet på tvers av nivåer og hvordan prioriteringene på ulike nivå er samstemte. Fagmiljøene på Alrek har betydelig kunnskap innen området, og konsensus om hva som viktig og riktig å prioritere, og hvorfor, vil også gjøre de politiske beslutningene bedre. Som klynge må vi også bidra til å gjøre studentene i stand til å møte den nye arbeidshverdagen som inkluderer ansvar for prioriteringer.

Som oppfølging av dette punktet og sak 05-23 om helsepersonellkommissjonen ønsker Partnermøtet at Styringsgruppen skal fortsette drøftingen;$md$);
select pg_temp.mn_im('pm-2023-03-27', 'pm-2023-03-27/03',
$md$Partnermøtet ga veldig gode tilbakemeldinger på årets melding, som en grundig og god formidling av Alrek og klyngen sitt arbeid i 2022. For neste år må vi finne et nytt format.

Innspill om hvorvidt vi har god nok avstemning mot samarbeidsflater og andre aktører? Det er bare i Alrek vi har så bred representasjon, med både primær- og spesialisthelsetjenesten. Den unike samarbeidsarenaen som Alrek er kan ivaretas enda bedre også i nasjonal sammenheng – som verktøy og virkemiddel. Jfr. drøfting i forrige sak.

Strategien for Alrek var viktig arbeid, men noe har allerede endret seg mtp omlegginger som må gjøres fremover (bl.a. helsepersonellkommissjonen, se Eventuelt-sak). Fremover må vi få enda tydeligere frem hvordan vi skal spisse arbeidet i klyngen (se sak 0-23 og sak 05-23). Aktuelt også å utvikle trafikklysmodellen videre.

Det ønskes videre formidling av årsmeldingen, legges på nett og formidles ut (ev uten vedlegget).$md$,
$d$Partnermøtet tar årsmeldingen for 2022 til etterretning, og takker Styringsgruppen for arbeidet.$d$);
select pg_temp.mn_im('pm-2023-03-27', 'pm-2023-03-27/04',
$md$Karsten Specht redegjorde kort for hva rollen som Styringsgruppeleder krever. Specht er i tråd med tidligere vedtak oppnevnt som leder frem til Partnermøtet høsten 2023.

Det ble kort drøftet hvordan en skal rigge prosessen for å få oppnevnt en ny leder fra senhøsten 2023. For å komme videre må UiB avklare om de ønsker å beholde ledelsen av Styringsgruppen eller ikke.$md$);
select pg_temp.mn_im('pm-2023-03-27', 'pm-2023-03-27/05a',
$md$Kommisjonen løfter frem ønsket utvikling som kanskje er mer omfattende enn en hadde trodd, og det må skje i et raskere tempo enn tidligere antatt. Hvordan kan vi bruke Alrek og dialogen i Partnermøtet til å være proaktive ift problemstillingene, og adressere det som kommer?

Aktuelle spørsmål:

- Hvilke tema er det i Helsepersonellkommisjonen som berører samarbeidet mellom partnerne?
- Hvordan kan vi jobbe enda mer tverrfaglig?
- Hvordan sikre at utdanningene og helsetjenestene er kalibrerte, dvs. at studentene er rustet til det de møter etter endt utdanning?

Erkjennelse av behovet for fakta-orientering, og med demografi som underliggende faktor. Fra innsikt til handlinger – en krevende øvelse.

Forslag om å sende en utfordring til Styringsgruppen for å bruke samarbeidet i Alrek til å finne konkrete problemstillinger og vurdere de mer langsiktige prioriteringene.$md$);

-- Statuses: earlier minutes approved (07.10.22 by item 01-23, the others by the chair); 27.03.2023 out for comments.
select pg_temp.mn_minutes('ag-2021-04');
select pg_temp.mn_minutes('pm-2022-10-07');
select pg_temp.mn_minutes('sg-2023-03-20');
select pg_temp.mn_approve('ag-2021-04', '2021-05-12', null, 'NL');
select pg_temp.mn_approve('ag-2021-06-03', '2021-06-17', null, 'NL');
select pg_temp.mn_approve('pm-2022-10-07', '2023-03-27', 'pm-2023-03-27/01', null);
select pg_temp.mn_approve('sg-2023-03-20', '2023-04-03', null, 'KS');

select pg_temp.mn_snapshot('pm-2023-03-27', 'SENT', '2023-03-31');
update minutes set status = 'FOR_COMMENT', comment_deadline = '2023-04-14' where id = pg_temp.mn_mm('pm-2023-03-27');
