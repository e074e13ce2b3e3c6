/**
 * Swedish texts of validation issues, by code (contracts/issues.ts; dots become underscores),
 * in plain words for the people who keep the organisation; the params are already formatted.
 */
export const issuesSv = {
  required: 'Fyll i fältet.',
  too_long: 'Får vara högst {{max}} tecken.',
  too_short: 'Måste vara minst {{min}} tecken.',
  too_many: 'Ange högst {{max}}.',
  too_few: 'Ange minst {{min}}.',
  too_big: 'Får vara högst {{max}}.',
  too_small: 'Måste vara minst {{min}}.',
  less_than: 'Måste vara mindre än {{max}}.',
  greater_than: 'Måste vara större än {{min}}.',
  invalid_email: 'Ange en giltig e-postadress.',
  invalid_date: 'Ange ett datum i formen ÅÅÅÅ-MM-DD.',
  date_out_of_range: 'Datumet måste ligga mellan {{min}} och {{max}}.',
  invalid_id: 'Välj en enhet.',
  invalid_characters:
    'Texten innehåller tecken som inte kan sparas (NUL eller ett ensamt surrogattecken).',
  invalid_format: 'Värdet har fel format.',
  invalid_type: 'Värdet är av fel typ.',
  invalid_value: 'Välj ett av alternativen.',
  unrecognized_keys: 'Okänt fält: {{keys}}.',
  invalid: 'Värdet är inte giltigt.',
  org_merge_too_few: 'Välj minst två enheter att slå samman.',
  org_split_too_few: 'Välj minst två enheter som enheten delas upp i.',
  org_no_changes: 'Lägg till minst en ändring.',
  org_duplicate_key: 'Nyckeln ”{{key}}” används redan i ändring {{change}}.',
  org_unknown_key: 'Ingen ändring öppnar en enhet med nyckeln ”{{key}}”.',
  org_unknown_unit: 'Enheten finns inte i organisationen.',
  org_unit_closed: '{{unit}} är avvecklad. Sista dagen var den {{lastDay}}, före den {{date}}.',
  org_unit_not_open_yet: '{{unit}} öppnas först den {{opens}}, alltså efter den {{date}}.',
  org_already_ending: '{{unit}} ska redan {{ending}} i ändring {{change}}.',
  org_already_updated: '{{unit}} ska redan {{update}} i ändring {{change}}.',
  org_ending_cannot_take_over:
    '{{unit}} ska {{ending}} i ändring {{change}} och kan därför inte ta över efter {{from}}.',
  org_ending_cannot_update:
    '{{unit}} ska {{ending}} i ändring {{change}} och kan därför inte också {{update}}.',
  org_listed_twice: '{{unit}} finns med två gånger.',
  org_split_target_twice: 'Enheten finns med två gånger.',
  org_merge_target:
    'Välj en av enheterna som slås samman eller en enhet som öppnas i den här omorganisationen.',
  org_replaces_itself: '{{unit}} kan inte ta över efter sig själv.',
  org_same_name: '{{unit}} har redan det namnet.',
  org_under_itself: '{{unit}} kan inte placeras under sig själv.',
  org_already_under: '{{unit}} ligger redan under {{parent}}.',
  org_already_result_unit: '{{unit}} är redan resultatenhet.',
  org_already_not_result_unit: '{{unit}} är inte resultatenhet, så det finns inget att ändra.',
  org_changes_again:
    '{{unit}} ändras igen den {{date}}. En omorganisation kan inte ändra en enhet före en senare ändring av den.',
  org_changes_again_by:
    '{{unit}} ändras igen den {{date}} (”{{title}}”). En omorganisation kan inte ändra en enhet före en senare ändring av den.',
  org_closes_later:
    '{{unit}} avvecklas redan efter den {{lastDay}} genom en senare omorganisation och kan inte också avvecklas tidigare.',
  org_later_reorganisation: '{{unit}} ingår i en senare omorganisation den {{date}}.',
  org_opens_same_day: '{{unit}} öppnas den {{date}} och kan inte avvecklas samma dag.',
  org_parent_closed_by_change:
    '{{unit}} kan inte placeras under {{parent}}, eftersom ändring {{change}} avvecklar {{parent}}.',
  org_parent_closed_later:
    '{{unit}} skulle bli kvar under {{parent}}, som är avvecklad från den {{date}}.',
  org_close_with_children:
    '{{parent}} kan inte avvecklas medan {{unit}}, som ligger under den, finns kvar. Flytta eller avveckla också {{unit}}.',
  org_close_with_later_children:
    '{{parent}} kan inte avvecklas, eftersom en senare omorganisation placerar {{unit}} under den från den {{date}}.',
  org_orphan: '{{unit}} skulle bli utan överordnad enhet den {{date}}.',
  org_cycle:
    '{{unit}} kan inte placeras under {{parent}}, eftersom {{parent}} ligger under {{unit}}.',
  org_cycle_later:
    '{{unit}} kan inte placeras under {{parent}}, eftersom {{parent}} ligger under {{unit}} från den {{date}}.',
  org_loop: '{{units}} skulle ligga under varandra i en cirkel.',
  org_loop_later: '{{units}} skulle ligga under varandra i en cirkel från den {{date}}.',
  people_role_takes_no_unit: 'Rollen {{role}} gäller hela organisationen. Välj ingen enhet.',
  people_role_needs_unit: 'Rollen {{role}} ges för en enhet. Välj en enhet.',
  people_unknown_unit: 'Enheten finns inte.',
  people_password_guessable:
    'Lösenordet är för lätt att gissa (vanligt, upprepat, i följd eller med tjänstens namn). Välj ett annat, gärna en mening.',
  followup_decimal: 'Ange ett tal med punkt som decimaltecken, till exempel 94.18.',
  followup_period_key: 'Ange 1–8 versaler eller siffror, till exempel T1 eller VB.',
  followup_year: 'Ange ett år mellan 1900 och 2199.',
  followup_listed_twice: 'Finns redan i listan.',
  followup_before_start: 'Slutet får inte ligga före början.',
  followup_outside_year: 'Datumet måste ligga inom år {{year}}.',
  followup_deadline_before_end: 'Sista dagen för rapporten får inte ligga före periodens slut.',
  followup_top_level_has_no_parent: 'Ett mål på den här nivån har inga mål över sig.',
  followup_needs_parent: 'Välj minst ett mål på nivån ovanför som målet bidrar till.',
  followup_unknown_goal: 'Målet finns inte.',
  followup_goal_of_other_year: 'Målet hör till år {{year}}, inte till det här året.',
  followup_parent_wrong_level: 'Målet ovanför måste ligga en nivå upp i målkedjan.',
  followup_unknown_unit: 'Enheten finns inte i organisationen.',
  followup_target_required: 'Ange målvärdet.',
  followup_target_not_allowed: 'Lämna målvärdet tomt när målet inte är ett värde.',
  followup_negative: 'Får inte vara negativt.',
  followup_not_assessed: 'Målet bedöms inte på den här nivån; lämna bedömningen tom.',
  followup_reason_required: 'Skriv varför.',
  followup_assessment_missing: 'Målet ”{{goal}}” saknar bedömning.',
  followup_justification_missing:
    'Bedömningen av ”{{goal}}” är mer positiv än underlaget och behöver en motivering.',
  followup_chapter_missing: 'Kapitlet ”{{chapter}}” krävs av mallen och saknar text.',
  followup_adoption_date_required: 'Ange datum för nämndens beslut.',
  followup_missing_reason_required:
    '{{count}} uppgifter saknas fortfarande: skriv varför rapporten ändå går vidare.',
  followup_mention_unknown: 'Bara personer med behörighet till enheten kan nämnas.',
  followup_comment_target_unknown: 'Välj ett mål, en indikator eller en aktivitet i rapporten.',
  followup_date_in_future: 'Datumet får inte ligga i framtiden.',
  followup_wrong_state: 'Rapporten är inte i ett läge där det steget går att ta.',
  goals_level_not_in_use: 'Året använder inte den här målnivån; välj en nivå som används.',
  goals_no_level_in_use: 'Minst en målnivå måste användas.',
  goals_level_has_goals:
    'Nivån {{level}} har {{count}} mål det här året (till exempel ”{{example}}”); flytta eller ta bort dem först.',
  goals_assign_council_goal: 'Bara ett mål på nivån för fullmäktiges mål kan ges till en nämnd.',
  goals_level_carries_no_indicators:
    'Målnivån {{name}} har inga indikatorer {{year}}; koppla indikatorn till ett mål på en nivå som har indikatorer, eller ändra årets målnivåer först.',
  goals_level_has_indicators:
    'Nivån {{level}} har {{count}} mål med indikatorer det här året (till exempel ”{{example}}”); koppla bort indikatorerna först.',
  economy_money:
    'Ange ett belopp i kronor med punkt som decimaltecken, till exempel 1405300000 eller -12.50 (högst två decimaler).',
  economy_positive_amount: 'Ange ett belopp större än noll.',
  economy_not_negative: 'Beloppet får inte vara negativt.',
  economy_percent: 'Ange en procentsats, till exempel 10 eller 94.18.',
  economy_not_xlsx: 'Filen kunde inte läsas som en Excel-arbetsbok: {{reason}}',
  economy_not_csv: 'Filen kunde inte läsas som CSV: {{reason}}',
  economy_no_sheets: 'Filen har inga blad.',
  economy_no_such_unit: 'Enheten ”{{unit}}” finns inte vid utgången av {{year}}.',
  economy_unit_ambiguous:
    'Flera enheter heter ”{{unit}}” vid utgången av {{year}}. Ange enhetens id.',
  economy_other_unit: 'Filen gäller {{unit}}, inte enheten den laddades upp för.',
  economy_other_year: 'Filen gäller {{year}}, inte {{expected}}.',
  economy_year_missing: 'Budgetåret {{year}} finns inte. Lägg upp det först.',
  economy_changes_areas:
    'Filen ändrar tabellens verksamhetsområden (nya: {{created}}; borttagna: {{deleted}}; ändrade: {{updated}}); det kräver behörighet att ändra modellen. Inget har sparats.',
  economy_changes_settings:
    'Filen ändrar tabellens inställningar eller ordningen på verksamhetsområdena; det kräver behörighet att ändra modellen. Inget har sparats.',
  economy_total_typed_as_area:
    'Rad {{row}}: ”{{area}}” heter som en summa men läses som ett verksamhetsområde. Den kontrolleras inte som summa och räknas med i summorna.',
  economy_year_difference:
    'Rad {{row}} ({{area}}): ”Differens mellan åren” är tryckt som {{printed}}, men årets utfall minus förra årets är {{computed}}.',
  economy_column_scale:
    'Kolumnen ”{{column}}” är omkring {{factor}} gånger ”{{other}}” på {{rows}} av {{of}} rader. Står den i en annan enhet (mnkr i en fil i tkr)?',
  economy_revenue_sign:
    '{{rows}} av {{of}} intäkter har det tecken som ”{{suggested}}” ger, inte ”{{declared}}” som filen anger.',
  economy_deviation_sign:
    '{{rows}} av {{of}} tryckta avvikelser har omvänt tecken med ”{{declared}}”; de stämmer med {{suggested}}.',
  exchange_not_year_file: 'Filen är inte en fil från Rödtråd med en enhets år.',
  exchange_format_version:
    'Filen har en version av formatet som den här versionen av Rödtråd inte kan läsa (den läser version 1, 2, 3 och 4).',
  exchange_version_1_previous_outcomes:
    'Föregående års utfall finns först i version 2 av formatet: ange formatVersion 2 eller ta bort previousOutcomes.',
  exchange_version_3_field:
    'Målnivåer, tilldelade mål, kapiteltexter och bilagor finns först i version 3 av formatet: ange formatVersion 3 eller ta bort fältet.',
  exchange_version_4_field:
    'Intern kontroll, personalnyckeltal och synpunkter finns först i version 4 av formatet: ange formatVersion 4 eller ta bort fältet.',
  exchange_controls_outside_plan:
    'Risken har kontroller men ingår inte i planen: ange inPlan true eller ta bort dess kontroller.',
  exchange_has_internal_control:
    '{{unit}} har redan en annan intern kontroll för {{year}} än filens ({{risks}} risker, eller ett fastställande). En import lägger bara till intern kontroll där enheten inte har någon.',
  exchange_staff_figures_differ:
    '{{unit}} har redan andra personalnyckeltal för {{year}}. En import lägger bara till nyckeltal där enheten inte har några: ändra dem i appen eller gör filens likadana.',
  exchange_feedback_differs:
    '{{unit}} har redan andra synpunkter, klagomål och undersökningar för {{year}}. En import lägger bara till dem där enheten inte har några: ändra dem i appen eller gör filens likadana.',
  exchange_unknown_index:
    'Det finns inget medarbetarindex som heter ”{{index}}” för {{year}} här; årets index är {{indices}}. Använd ett av de namnen eller namnge indexet för året först.',
  exchange_levels_differ:
    'Filens målnivåer för {{year}} skiljer sig från organisationens på nivån {{level}} ({{field}}): ändra filens nivåer till organisationens, eller ändra årets målnivåer här först.',
  exchange_assign_wrong_level:
    'Bara ett mål på nivån ovanför nämndernas mål ({{level}}) kan tilldelas en enhet: ta bort det ur assignedGoals.',
  exchange_level_carries_no_indicators:
    'Målet {{goal}} står på nivån {{name}}, som inte har indikatorer {{year}}: koppla indikatorn till ett mål på en nivå med indikatorer i goals, eller ändra årets målnivåer här först (carriesIndicators).',
  exchange_unknown_chapter:
    'Rapportmallen för {{period}} har inget kapitel ”{{chapter}}” med text; kapitlen med text är {{chapters}}. Använd en av deras nycklar, eller lägg först till kapitlet i mallen.',
  exchange_file_ref:
    'En referens får vara 1–40 bokstäver, siffror, ”.”, ”_” eller ”-”, till exempel g12.',
  exchange_no_such_unit:
    'Det finns ingen enhet som heter ”{{unit}}” i organisationen den {{date}}. Skriv enhetens namn som det var då, eller lägg upp enheten först (org:open eller en omorganisation).',
  exchange_unit_ambiguous: 'Flera enheter heter ”{{unit}}” den {{date}}. Ange enhetens id i filen.',
  exchange_ref_taken:
    'Referensen ”{{ref}}” används redan av {{first}}. Ge varje post en egen referens.',
  exchange_unknown_period:
    'Filen har ingen period {{period}}. Använd en av filens perioder eller lägg till perioden under periods.',
  exchange_unknown_goal:
    'Filen har inget mål med referensen ”{{ref}}”. Använd referensen till ett av filens mål eller lägg till målet.',
  exchange_not_gender_split: 'Lämna tomt. Indikatorn redovisas inte uppdelad på kvinnor och män.',
  exchange_computed_without_formula:
    'Utfallet är markerat som beräknat, men indikatorn har ingen formel i filen. Lägg till formeln eller ta bort markeringen (computed).',
  exchange_computed_not_annual:
    'Bara årets utfall (verksamhetsberättelsen) beräknas ur ekonomin, inte utfallet för {{period}}. Ta bort markeringen (computed).',
  exchange_formula_differs:
    'Indikatorn ”{{indicator}}” finns redan för budgetåret {{year}}, men den beräknas med en annan formel eller rapporteras för hand. En import ändrar inte det som redan finns.',
  exchange_outcome_computed:
    'Indikatorn ”{{indicator}}” beräknas här ur ekonomin ({{formula}}) och kan inte få ett inskrivet utfall. Markera utfallet som beräknat eller ta bort det ur filen.',
  exchange_indicator_outside_report:
    'Indikatorn mäter inget av målen för {{unit}} eller målen ovanför dem. Koppla den till ett av dem (goals) eller ta bort den ur filen.',
  exchange_not_responsible:
    '{{unit}} är varken ansvarig eller medansvarig för aktiviteten. Ange {{unit}} som medansvarig (coResponsible) eller ta bort aktiviteten ur filen.',
  exchange_co_responsible_twice:
    'Enheten finns redan med som medansvarig ({{first}}). Ange varje enhet en gång.',
  exchange_goal_outside_report:
    'Målet ingår inte i rapporten för {{unit}}, som bara har enhetens egna mål och målen ovanför dem. Ta bort bedömningen ur filen.',
  exchange_goal_differs:
    'Målet ”{{goal}}” för {{unit}} finns redan för budgetåret {{year}}, men {{differences}} skiljer sig från filens. En import ändrar inte det som redan finns: ändra filen så att den stämmer med det som finns, eller gör ändringen i appen.',
  exchange_numbered_goal_differs:
    '{{level}} {{number}} för {{unit}} finns redan för budgetåret {{year}} (”{{there}}”), men {{differences}} skiljer sig från filens. En import ändrar inte det som redan finns: ändra filen så att den stämmer med det som finns, eller gör ändringen i appen.',
  exchange_activity_differs:
    'Aktiviteten ”{{activity}}” finns redan för budgetåret {{year}}, men {{differences}} skiljer sig från filens. En import ändrar inte det som redan finns: ändra filen så att den stämmer med det som finns, eller gör ändringen i appen.',
  exchange_unit_has_other_goals:
    '{{unit}} har redan mål för budgetåret {{year}} som inte finns i filen (antal: {{count}}), till exempel ”{{example}}”. En import lägger bara till ett år där enheten inte har något.',
  exchange_unit_has_other_activities:
    '{{unit}} har redan aktiviteter för budgetåret {{year}} som inte finns i filen (antal: {{count}}), till exempel ”{{example}}”. En import lägger bara till ett år där enheten inte har något.',
  exchange_may_not_shape:
    'Du har inte behörighet att lägga upp mål, indikatorer och aktiviteter för {{unit}}.',
  exchange_may_not_report: 'Du har inte behörighet att rapportera uppföljningen för {{unit}}.',
  exchange_year_missing:
    '{{year}} är inte upplagt som budgetår ännu, och bara en administratör får lägga till ett budgetår.',
  exchange_period_missing:
    'Budgetåret {{year}} har ingen period {{period}} här. Årets perioder är {{periods}}.',
  exchange_period_dates_differ:
    'Här gäller {{period}} {{year}} från den {{startsOn}} till den {{endsOn}}.',
  exchange_report_not_draft:
    'Rapporten från {{unit}} för {{period}} har status ”{{status}}” och är inte längre ett utkast. Den måste öppnas igen innan filen kan importeras.',
  exchange_has_followup:
    '{{unit}} har redan uppföljning för budgetåret {{year}} (målvärden: {{targets}}, utfall: {{outcomes}}, inmatade utfall föregående år: {{previousOutcomes}}, bedömningar: {{assessments}}, aktivitetsrapporter: {{activityReports}}, kapiteltexter: {{chapterTexts}}). En import lägger bara till ett år där enheten inte har något.',
  rollover_unknown_goal: 'Det finns inget sådant mål för budgetåret {{year}}.',
  rollover_unknown_activity: 'Det finns ingen sådan aktivitet för budgetåret {{year}}.',
  rollover_no_goals: 'Budgetåret {{year}} har inga mål att föra över.',
  rollover_year_not_empty:
    'Budgetåret {{year}} har redan mål eller aktiviteter. Ett årsskifte fyller bara ett tomt år.',
  rollover_parents_dropped:
    'Alla mål ovanför lämnas efter ({{goals}}). Lämna efter det här målet också, eller behåll något av dem.',
  rollover_owner_closed:
    '{{unit}} finns inte kvar {{year}}. Ange vilken enhet som äger målet {{year}}, eller lämna efter målet.',
  rollover_number_taken: 'Numret {{number}} används redan av ”{{title}}” det nya året.',
  rollover_ends_before_start: 'Slutdatumet får inte ligga före startdatumet den {{startsOn}}.',
  rollover_ends_before_year:
    'Aktiviteten måste sluta {{year}} eller senare. Lämna efter aktiviteten om den inte ska följa med.',
  rollover_goal_dropped: 'Aktivitetens mål lämnas efter. Lämna efter aktiviteten också.',
  rollover_goal_not_in_year: 'Aktivitetens mål hör inte till budgetåret {{year}}.',
  rollover_responsible_closed:
    '{{unit}} finns inte kvar {{year}}. Ange vilken enhet som är ansvarig {{year}}, eller lämna efter aktiviteten.',
  templates_duplicate_key: 'Nyckeln {{key}} används av två kapitel.',
  templates_unknown_parent: 'Överordnat kapitel {{key}} måste komma före detta kapitel.',
  templates_nested_parent:
    'Kapitlet {{key}} är självt ett underkapitel; välj ett kapitel på översta nivån.',
  templates_kind_twice: 'En mall har bara ett kapitel av det här slaget.',
  decisions_outcomes_count: 'Ange ett beslut för vart och ett av de {{expected}} förslagen.',
  decisions_amended_needs_text: 'Skriv hur förslaget ändrades.',
  decisions_statement_empty:
    'Skriv uttalandets text eller välj vilket uttalande det hänvisar till.',
  decisions_reference_unknown: 'Uttalandet som det hänvisas till finns inte.',
  decisions_reference_self: 'Ett uttalande kan inte hänvisa till sig självt.',
  decisions_reference_cycle: 'Hänvisningen skulle gå runt i en cirkel tillbaka till uttalandet.',
  /** how a unit ends, after "ska" (closed, merged, split, replaced) */
  endings: {
    closed: 'avvecklas',
    merged: 'slås samman',
    split: 'delas upp',
    replaced: 'ersättas',
  },
  /** what else is done to a unit, after "ska" (renamed, moved, flagged as result unit) */
  updates: {
    renamed: 'byta namn',
    moved: 'flyttas',
    flagged: 'få ändrad markering som resultatenhet',
  },
  /** what of a goal or activity already there differs from the file's, as "men … skiljer sig" */
  differences: {
    description: 'beskrivningen',
    heading: 'rubriken',
    title: 'lydelsen',
    parents: 'målen ovanför',
    dates: 'datumen',
    coResponsible: 'de medansvariga enheterna',
  },
};
