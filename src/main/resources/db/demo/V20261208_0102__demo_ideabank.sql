-- Demo (profile "demo"): the idea bank. Studentkonferansen 2027 has an open call with one submission waiting for
-- the organisers; Studentkonferansen 2023 (7 June, Partnermøtet 27.03.2023 sak 02-23) has its call published with
-- four posters from HVL, UiB and VID (invented titles; their students' e-mails and links were cleared when the
-- call was published, as publishing does), and staff have added two thesis ideas from practice. The posters are
-- small valid one-page PDFs made here.
create function pg_temp.pdf(title text) returns bytea language plpgsql as $$
declare
    text_line text := replace(replace(replace(title, '\', '\\'), '(', '\('), ')', '\)');
    content bytea := convert_to('BT /F1 18 Tf 40 780 Td (' || text_line || ') Tj ET', 'LATIN1');
    objects bytea[] := array[
        convert_to('<< /Type /Catalog /Pages 2 0 R >>', 'LATIN1'),
        convert_to('<< /Type /Pages /Kids [3 0 R] /Count 1 >>', 'LATIN1'),
        convert_to('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
            || '/Resources << /Font << /F1 5 0 R >> >> >>', 'LATIN1'),
        convert_to('<< /Length ' || octet_length(content) || ' >>' || E'\nstream\n', 'LATIN1') || content
            || convert_to(E'\nendstream', 'LATIN1'),
        convert_to('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>', 'LATIN1')];
    pdf bytea := convert_to(E'%PDF-1.4\n', 'LATIN1');
    offsets text := '';
    xref integer;
begin
    for i in 1 .. array_length(objects, 1) loop
        offsets := offsets || lpad(octet_length(pdf)::text, 10, '0') || E' 00000 n \n';
        pdf := pdf || convert_to(i || E' 0 obj\n', 'LATIN1') || objects[i] || convert_to(E'\nendobj\n', 'LATIN1');
    end loop;
    xref := octet_length(pdf);
    return pdf || convert_to(E'xref\n0 6\n0000000000 65535 f \n' || offsets || E'trailer\n<< /Size 6 /Root 1 0 R >>\n'
        || E'startxref\n' || xref || E'\n%%EOF\n', 'LATIN1');
end $$;

insert into ideabank_call (id, cluster_id, event_id, year, opens_at, closes_at, topics, published_at)
values ('1dea0000-0000-4000-8000-000000002023', 'a1ec0000-0000-4000-8000-000000000001',
        'e7e00000-0000-4000-8000-000000000607', 2023, '2023-03-01 09:00+01', '2023-05-15 12:00+02',
        E'Samhandling\nPraksis i kommunene\nDigital helse\nBrukermedvirkning', '2023-06-20 10:00+02'),
       ('1dea0000-0000-4000-8000-000000002027', 'a1ec0000-0000-4000-8000-000000000001',
        'e7e00000-0000-4000-8000-000000002027', 2027, '2026-11-01 09:00+01', '2027-05-15 12:00+02',
        E'Samhandling\nPraksis i kommunene\nDigital helse\nBrukermedvirkning\nArbeidsliv', null);

insert into ideabank_submission (id, cluster_id, call_id, title, abstract, study_programme, institution, supervisor,
                                 topic, student_name, email, show_name, thesis_idea, poster, poster_name,
                                 poster_bytes, status, decision_comment, submitted_at)
select id::uuid, 'a1ec0000-0000-4000-8000-000000000001', '1dea0000-0000-4000-8000-000000002023', title, abstract,
       programme, institution, supervisor, topic, student, null, show_name, thesis_idea, pg_temp.pdf(title),
       file_name, octet_length(pg_temp.pdf(title)), 'APPROVED', null, submitted::timestamptz
from (values
    ('1dea5000-0000-4000-8000-000000000001', 'Velferdsteknologi i hjemmetjenesten: hva skjer med relasjonen?',
     'Intervjuer med sju sykepleiere i hjemmetjenesten i to kommuner om hvordan digitalt tilsyn endrer møtet med '
     'brukeren. Sykepleierne opplever mer tid til de krevende besøkene, men savner det uformelle blikket.',
     'Bachelor i sykepleie', 'Høgskulen på Vestlandet', 'Førsteamanuensis Kari Nordvik', 'Digital helse',
     'Ingrid Solheim', true, true, 'velferdsteknologi-hjemmetjenesten.pdf', '2023-05-02 10:00+02'),
    ('1dea5000-0000-4000-8000-000000000002', 'Legevakt og fastlege: overganger for eldre med demens',
     'En journalgjennomgang av 40 overganger mellom legevakt og fastlege viser at epikrisen kommer fram, men at '
     'pårørende sjelden får vite hva som er avtalt. Vi foreslår en enkel sjekkliste for overlevering.',
     'Medisin, profesjonsstudiet', 'Universitetet i Bergen', 'Professor Lars Eikeland', 'Samhandling',
     'Jonas Haugland', false, true, 'overganger-demens.pdf', '2023-05-08 14:30+02'),
    ('1dea5000-0000-4000-8000-000000000003', 'Brukerens stemme i kommunal rusomsorg',
     'Fokusgrupper med brukere og ansatte i en bydel om hvordan brukermedvirkning praktiseres i oppfølgingen. '
     'Brukerne ønsker å være med å bestemme mål, ikke bare tiltak.',
     'Bachelor i vernepleie', 'VID vitenskapelige høgskole', 'Høgskolelektor Sara Myhre', 'Brukermedvirkning',
     'Sara Bakke', true, false, 'brukerens-stemme-rusomsorg.pdf', '2023-05-10 09:15+02'),
    ('1dea5000-0000-4000-8000-000000000004', 'Ergoterapeuten i hverdagsrehabilitering',
     'Praksisprosjekt i tre kommuner: hva ergoterapeuten bidrar med i tverrfaglige team for hverdagsrehabilitering, '
     'og hvordan studentene i praksis kan lære teamarbeid.',
     'Bachelor i ergoterapi', 'Høgskulen på Vestlandet', 'Universitetslektor Anne Brekke', 'Praksis i kommunene',
     'Amir Rahimi', true, false, 'ergoterapeuten-hverdagsrehabilitering.pdf', '2023-05-12 16:45+02')
) as p(id, title, abstract, programme, institution, supervisor, topic, student, show_name, thesis_idea, file_name,
       submitted);

-- the open call of 2027: one submission waiting for the organisers, its receipt long since sent
insert into ideabank_submission (id, cluster_id, call_id, title, abstract, study_programme, institution, supervisor,
                                 topic, student_name, email, show_name, thesis_idea, poster, poster_name,
                                 poster_bytes, status, submitted_at)
values ('1dea5000-0000-4000-8000-000000000005', 'a1ec0000-0000-4000-8000-000000000001',
        '1dea0000-0000-4000-8000-000000002027', 'Hva er arbeidsliv? Studenters bilde av primærhelsetjenesten',
        'En spørreundersøkelse blant 120 studenter i sykepleie og vernepleie om hvilke arbeidsplasser de ser for seg, '
        'og hva praksis i kommunene har betydd for valget.', 'Bachelor i sykepleie', 'Høgskulen på Vestlandet',
        'Førsteamanuensis Kari Nordvik', 'Arbeidsliv', 'Marte Lien', 'marte.lien@student.example.org', true, true,
        pg_temp.pdf('Hva er arbeidsliv?'), 'hva-er-arbeidsliv.pdf', octet_length(pg_temp.pdf('Hva er arbeidsliv?')),
        'SUBMITTED', '2026-11-20 11:00+01');

-- ideas for theses from practice, without a poster (the wish of sak 02-23: students come to get ideas)
insert into ideabank_idea (id, cluster_id, title, description, organisation, topic, created_at)
values ('1dea1000-0000-4000-8000-000000000001', 'a1ec0000-0000-4000-8000-000000000001',
        'Hvordan bruker kommunene pasientforløp for eldre?',
        'Bergen kommune vil vite hvordan de nye pasientforløpene for eldre med sammensatte behov brukes i '
        'hjemmetjenesten, og hva som hindrer dem. Passer for en bachelor- eller masteroppgave i sykepleie eller '
        'helseledelse.', 'Bergen kommune, Etat for hjemmebaserte tjenester', 'Samhandling', '2023-06-20 10:00+02'),
       ('1dea1000-0000-4000-8000-000000000002', 'a1ec0000-0000-4000-8000-000000000001',
        'Musikk i demensomsorgen: hva sier de ansatte?',
        'Polyfon kunnskapsklynge for musikkterapi ønsker en studie av hvordan ansatte på sykehjem bruker musikk i '
        'hverdagen, som grunnlag for et kurs. Passer for studenter i musikkterapi, sykepleie eller vernepleie.',
        'Polyfon kunnskapsklynge for musikkterapi', 'Praksis i kommunene', '2024-01-15 10:00+01');
