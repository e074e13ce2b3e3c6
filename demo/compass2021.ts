import type { AreaInput, EvaluationInput } from '#contracts/compass.ts';
import { createEvaluation } from '#server/modules/compass/compass.usecases.ts';
import type { Principal } from '#server/principal.ts';
import type { Repositories } from '#server/repositories.ts';

/**
 * Stockholm's Kommunkompassen evaluation of February 2021, transcribed from seed 001 (KK21):
 * the score table "Översikt av poängfördelning" (KK21:2836-2945), the points each area's detailed
 * section prints in its "Rubriker / Poäng" box, and each area's Styrkor/Förbättringsmöjligheter
 * table. Figures as printed, never fixed: 4.2 prints 81 % for 24/30 (A11), and the sections of
 * areas 1, 5, 6 and 8 print other points than the table (A10); area 4's section prints none.
 *
 * The tables are extracted column after column, one line per printed line, so where one cell
 * ends is a reading: a line that starts in lower case (or continues a name such as "Urban ICT
 * Arena") belongs to the cell above. Where the strengths end and the improvement points begin
 * follows domain.md §5, which cites the first improvement point of each table by line; area 8's
 * boundary (KK21:2813) is cited nowhere and is our reading (the first line that asks for more).
 * The 2009 evaluation (KK21:106-108) is mentioned without figures, so it is not in the demo.
 */

type Row = [no: string, name: string, achieved: number, max: number, printed: number];
const sub = ([no, name, achieved, max, printedPercent]: Row) => ({
  no,
  name,
  achieved,
  max,
  printedPercent,
});
const strengths = (texts: string[]) => texts.map((text) => ({ kind: 'strength' as const, text }));
const improvements = (texts: string[]) =>
  texts.map((text) => ({ kind: 'improvement' as const, text }));

const areas: AreaInput[] = [
  {
    // KK21:2842-2854; section KK21:270-284 (heading "Samspel mellan förtroendevalda och medborgare")
    no: 1,
    name: 'Offentlighet och demokrati',
    sectionName: 'Samspel mellan förtroendevalda och medborgare',
    printedAchieved: 66,
    printedMax: 100,
    printedPercent: 66,
    sectionPoints: 70, // KK21:284, A10
    subAreas: (
      [
        ['1.1', 'Strategi för demokratiutveckling och information', 11, 20, 55], // KK21:2844
        ['1.2', 'Kommunens information till medborgarna', 8, 10, 80], // KK21:2846
        ['1.3', 'Medborgarnas möjlighet till dialog med politiken', 17, 30, 57], // KK21:2848
        ['1.4', 'Transparens kring resultat', 5, 10, 50], // KK21:2850
        ['1.5', 'Förutsättningar för politiken', 25, 30, 83], // KK21:2852
      ] as Row[]
    ).map(sub),
    points: [
      // KK21:556-584
      ...strengths([
        'Medborgardialoger kopplade till fysisk planering, t.ex. digital medborgarpanel',
        'Kommunikationsprogram',
        'Medborgarkontor i vissa stadsdelar',
        'Informativ webbplats',
        'Alla förtroendevalda tydligt presenterade på webben',
        'Medborgardialog kring stadsplanering',
        'Återkommande utbildningar för förtroendevalda',
        'Systematiskt säkerhetsarbete för politiker och anställda',
        'Många system och åtgärder för att motverka korruption och fusk',
      ]),
      // KK21:586-612
      ...improvements([
        'Tydligare strategi för demokratiarbetet',
        'Återkommande uppföljning och analys över medborgarnas syn på inflytande och delaktighet',
        'Medborgardialog/inflytande riktat till olika grupper (språk, bostadsområde, kön, ålder, etc.)',
        'Ökat medborgarinflytande i viktiga beslutprocesser, t.ex. budget',
        'Tillgängliggör politikerna mer i möten, på sociala medier, press, m.m.',
        'Öka möjligheten till jämförelser av resultat mellan Stockholm och andra kommuner',
      ]),
    ],
  },
  {
    // KK21:2856-2866; section KK21:613-625
    no: 2,
    name: 'Samhällsutveckling',
    sectionName: '',
    printedAchieved: 83,
    printedMax: 100,
    printedPercent: 83,
    sectionPoints: 83, // KK21:625
    subAreas: (
      [
        ['2.1', 'Strategiskt arbete', 15, 15, 100], // KK21:2858
        ['2.2', 'Social hållbarhet', 23, 30, 77], // KK21:2860
        ['2.3', 'Ekologisk hållbarhet', 22, 30, 73], // KK21:2862
        ['2.4', 'Civilsamhälle, näringsliv och kultur', 23, 25, 92], // KK21:2864
      ] as Row[]
    ).map(sub),
    points: [
      // KK21:959-1003
      ...strengths([
        'Hållbarhet ett viktigt perspektiv i kommunens styrning',
        'Årlig hållbarhetsrapport',
        'Utmanande mål i ”Fossilfri och klimatpositiv stad 2040” och ”Fossilfri organisation 2030”',
        'Uppföljning av mål relaterade till hållbarhet i ILS',
        // KK21:977-979: the second line starts in lower case, so it is read as the same cell
        'Brett sammansatt Agenda 2030-råd kommunstyrelsens integrationsutskott',
        'Många aktiviteter för att öka trygghet samt stötta inkludering och motverka utanförskap',
        'Samverkan med andra aktörer och civilsamhället',
        'Arbetar med könsuppdelad statistik som följs upp via ILS',
        'Mycket samverkan med civilsamhället, bland annat genom IOP',
        'Omfattande näringslivsstöd i bland annat Business Region Stockholm',
        'Ett mycket brett kulturliv',
      ]),
      // KK21:1005-1033
      ...improvements([
        'Tydligare koppling till Agenda 2030-målen i budgethandling och årsredovisning',
        'Samlad analys för hur ett förebyggande arbete inom social hållbarhet gynnar effektiviteten i de egna verksamheterna',
        'Tydligare analys kring olika åtgärder och deras faktiska förändringseffekter',
        'Ökad mobilisering i lokalsamhället kring klimatpåverkan',
        'Bredare prognos och analys av de kommande klimatförändringarnas effekter i Stockholm',
        'Fler åtgärder internt och externt för att skapa en ”cirkulär ekonomi”',
      ]),
    ],
  },
  {
    // KK21:2868-2881; section KK21:1034-1048
    no: 3,
    name: 'Styrning och kontroll',
    sectionName: '',
    printedAchieved: 85,
    printedMax: 100,
    printedPercent: 85,
    sectionPoints: 85, // KK21:1048
    subAreas: (
      [
        ['3.1', 'Strategi för styrning', 10, 10, 100], // KK21:2870
        ['3.2', 'Politisk styrning', 32, 40, 80], // KK21:2872
        ['3.3', 'Uppföljning och analys', 27, 30, 90], // KK21:2874
        // KK21:2876-2879, the name over two lines
        ['3.4', 'Samspel mellan rollerna som förtroendevald respektive tjänsteperson', 16, 20, 80],
      ] as Row[]
    ).map(sub),
    points: [
      // KK21:1261-1289
      ...strengths([
        'ILS - stadens integrerade system för ledning och styrning bygger den röda tråden i styrningen',
        'Övergripande vision',
        'Nästan alla styrsignaler är kopplade till årscykeln för budgeten',
        'Uppföljning och analys sker både på kommunledningsnivå och i linjen',
        'Ett mycket systematiskt arbete med intern kontroll',
        'Väl fungerande samspel förtroendevalda – tjänstepersoner',
        'Ett flertal arenor på olika nivåer för dialog mellan politiker och tjänstepersoner',
      ]),
      // KK21:1291-1311
      ...improvements([
        'Det finns många undervisioner, bland annat i bolagen. Går det inte att samlas under en?',
        'Tydliggör vad som är den gemensamma värdegrunden. Många värdeord finns.',
        'ILS-systemet bör utvärderas och analyseras för att kunna utvecklas',
        'Viktigt att återkommande arbeta med att förtydliga rollerna mellan förtroendevalda och tjänstepersoner, framförallt i nämnderna',
      ]),
    ],
  },
  {
    // KK21:2883-2893; section KK21:1312-1322, which prints no points
    no: 4,
    name: 'Effektivitet',
    sectionName: '',
    printedAchieved: 79,
    printedMax: 100,
    printedPercent: 79,
    sectionPoints: null,
    subAreas: (
      [
        ['4.1', 'Strategi för effektivitet', 17, 20, 85], // KK21:2885
        ['4.2', 'Jämförelser för effektivitet', 24, 30, 81], // KK21:2887, A11: 24/30 is 80 %
        ['4.3', 'Nya arbetssätt och ny teknik som ökar effektivitet', 23, 30, 77], // KK21:2889
        ['4.4', 'Samverkan för effektivitet', 15, 20, 75], // KK21:2891
      ] as Row[]
    ).map(sub),
    points: [
      // KK21:1605-1635
      ...strengths([
        'Effektivitet är ett frekvent begrepp i styr- och uppföljningsdokument',
        'Systematiskt arbete med befolkningsprognoser för att anpassa drift och investeringar',
        'Systematisk och välunderbyggd planering och uppföljning av investeringar',
        'Många stödformer för innovationsarbete (Stockholm Lab, Urban ICT Arena, Openlab).',
        'Samverkan mellan fackförvaltningar, stadsdelar och bolag har ökat de senaste åren',
        'Flera exempel på extern samverkan för att öka effektiviteten',
      ]),
      // KK21:1637-1663
      ...improvements([
        'Arbeta med att tydligare definiera vad som avses med effektivitet',
        'Analysera utifrån effektivitetsnyckeltalen som finns i Kolada',
        'Lärdomar från arbetet med skolplattformen',
        'Analys och förenklingar av administration utifrån stöd till enhetschefer',
        'Fortsatt arbete med att öka det tvärsektoriella arbetssättet inom stadens verksamheter.',
        'Gör effektivitetsanalyser för att hitta störst nytta vid både intern och extern samverkan',
      ]),
    ],
  },
  {
    // KK21:2894-2906; section KK21:1664-1680
    no: 5,
    name: 'Brukarens fokus',
    sectionName: '',
    printedAchieved: 70,
    printedMax: 100,
    printedPercent: 70,
    sectionPoints: 69, // KK21:1680, A10
    subAreas: (
      [
        ['5.1', 'Strategi för brukarens fokus', 18, 20, 90], // KK21:2896
        ['5.2', 'Fokus på service', 13, 20, 65], // KK21:2898
        ['5.3', 'Förenklade kontakter med kommunen', 11, 20, 55], // KK21:2900
        ['5.4', 'Information kring kommunens serviceutbud', 11, 20, 55], // KK21:2902
        ['5.5', 'Möjlighet att påverka utformningen av de egna tjänsterna', 17, 20, 85], // KK21:2904
      ] as Row[]
    ).map(sub),
    points: [
      // KK21:1887-1899
      ...strengths([
        'Stockholmaren i centrum är en ledstjärna',
        'Alla arbetar med brukarundersökningar',
        'Kvalitetsutmärkelsen som ett sätt att belöna och sprida goda exempel',
        'Beskrivning av enheter på webben inom förskola, grundskola, äldreomsorg',
      ]),
      // KK21:1901-1923
      ...improvements([
        'Brukarnöjdhet redovisa per enhet på webben',
        'Fler gemensamma utbildningar kring brukarbemötande, service och tillgänglighet',
        'Sprid och stödja de goda exemplen som finns kring ett tydlig brukarfokus, tillgänglighet, bemötande, m.m.',
        'Jämförbara resultat utöver brukarnöjdhet i jämförelsetjänst på enhetsnivå',
        'Uppföljning och analys över brukarnas möjlighet att påverka sin service',
      ]),
    ],
  },
  {
    // KK21:2908-2918; section KK21:1925-1937
    no: 6,
    name: 'Kvalitetsutveckling',
    sectionName: '',
    printedAchieved: 73,
    printedMax: 100,
    printedPercent: 73,
    sectionPoints: 72, // KK21:1937, A10
    subAreas: (
      [
        ['6.1', 'Strategi för kvalitetsutveckling', 17, 20, 85], // KK21:2910
        ['6.2', 'Centrala utvecklingsinsatser för bättre kvalitet', 13, 20, 65], // KK21:2912
        ['6.3', 'Förbättringsarbete', 24, 30, 80], // KK21:2914
        ['6.4', 'Samverkan för kvalitetsutveckling', 19, 30, 63], // KK21:2916
      ] as Row[]
    ).map(sub),
    points: [
      // KK21:2173-2199
      ...strengths([
        'Program för kvalitetsutveckling',
        'Arbete med kvalitetsutveckling är integrerat i ILS',
        'Stockholms Stads Kvalitetsutmärkelse',
        'Stockholm lab, verklighetslabbet, Urban ICT Arena och Openlab som stöd för innovationer',
        'Stora resurser för att utveckla digitalisering och ny teknik för ökad kvalitet',
        'Många goda exempel på ett Idéburet offentligt partnerskap, IOP',
        'Brukarundersökningar, brukarråd och synpunkts-/klagomålshanteringssystem',
      ]),
      // KK21:2201-2223
      ...improvements([
        'Mer kommungemensamt stöd för kvalitetsutveckling i verksamheterna',
        'Ökat lärande utbyte mellan olika stadsdelar och verksamheter, ex som tidigare kvalitetsmässan',
        'Uppföljning och analys av effekten av samverkan och samarbete, internt och externt',
        'Test, utveckling och införande av olika former av dialog där brukarna kan spela in sina synpunkter för utveckling av tjänsterna',
      ]),
    ],
  },
  {
    // KK21:2920-2930; section KK21:2224-2236
    no: 7,
    name: 'Arbetsliv',
    sectionName: '',
    printedAchieved: 74,
    printedMax: 100,
    printedPercent: 74,
    sectionPoints: 74, // KK21:2236
    subAreas: (
      [
        ['7.1', 'Strategier för ett hållbart arbetsliv', 12, 15, 80], // KK21:2922
        ['7.2', 'Strategisk kompetensförsörjning', 32, 40, 80], // KK21:2924
        ['7.3', 'Arbetsmiljö och sjukfrånvaro', 16, 25, 64], // KK21:2926
        ['7.4', 'Jämställdhet och mångfald', 14, 20, 70], // KK21:2928
      ] as Row[]
    ).map(sub),
    points: [
      // KK21:2460-2496
      ...strengths([
        'En välformulerad personalpolicy',
        'Stockholm som arbetsgivare är ett starkt varumärke – inga problem med rekrytering',
        'Kunskapsbaserad rekrytering',
        'Ökad andel heltidsanställda',
        'Treåriga kompetensförsörjningsplaner i alla nämnder',
        'Traineeprogram',
        'Många utvecklings- och karriärvägar inom organisationen',
        'Utvecklingsgrupper med samtalsledare',
        'Stärkandet av socialsekreterarnas arbetssituation',
        'Årliga medarbetarundresökningar', // sic, KK21:2488
        'Tydligt årshjul för det systematiska arbetsmiljöarbetet',
        'Arbetar med könsuppdelade resultat och jämställdhetsintegrering',
      ]),
      // KK21:2498-2512
      ...improvements([
        'Förbättra genomslag av åtgärder utifrån upprättade handlingsplaner kring medarbetarenkäten',
        'Kvalitetssäkra arbetsmiljöarbetet på alla arbetsplatser',
        'Ett mer systematiskt arbete med att öka mångfalden och utnyttja denna på de olika arbetsplatserna',
      ]),
    ],
  },
  {
    // KK21:2932-2945; section KK21:2513-2529
    no: 8,
    name: 'Chefs- och ledarskap samt medarbetarskap',
    sectionName: '',
    printedAchieved: 76,
    printedMax: 100,
    printedPercent: 76,
    sectionPoints: 75, // KK21:2529, A10
    subAreas: (
      [
        ['8.1', 'Strategi för chefs- och ledarskap samt medarbetarskap', 15, 20, 75], // KK21:2934
        ['8.2', 'Högsta cheferna som förebilder', 15, 20, 75], // KK21:2936
        ['8.3', 'Chefers uppdrag', 15, 20, 75], // KK21:2938
        ['8.4', 'Intern kommunikation', 17, 20, 85], // KK21:2940
        ['8.5', 'Utveckling av ledarskap och medarbetarskap', 14, 20, 70], // KK21:2942
      ] as Row[]
    ).map(sub),
    points: [
      // KK21:2773-2811
      ...strengths([
        'Personalpolicyn som grund för ledar- och medarbetarskap',
        'ILS som informationsbärare och stöd för ledarskapet',
        'Mycket av centrala och verksamhetsspecifika ledarskapsutbildningar, mentorsprogram, ledardagar',
        'Chefs-/ledarnätverk för erfarenhetsutbyte och dialog',
        'Arbetsmaterial kring innehållet i personalpolicyn',
        'Utvecklingsgrupper för medarbetare',
        'Ambassadörsprogram för att representera Stockholms stad samt lyfta och stärka stadens arbetsgivarvarumärke.',
        'Bra resultat och positiv trend kring delaktighet och inflytande medarbetarundersökning',
      ]),
      // KK21:2813-2835 (where the strengths end is our reading, see above)
      ...improvements([
        'Tydligare strategi och fler insatser för att bygga ett gemensamt medarbetarskap',
        'Arbeta bredare för att kommunicera ut bilden av chefer som förebilder',
        'Analys av chefernas syn på stödfunktioner och administration',
        'Systematiskt arbete för att minska antalet underställda per chef',
        'Utveckla intranät som kommunikationskanal',
        'Vissa röster lyfter låg möjlighet till inflytande och delaktighet',
      ]),
    ],
  },
];

export const compass2021: EvaluationInput = {
  heldIn: '2021-02', // KK21:104 "genomfördes i februari år 2021"
  ordinal: 2, // KK21:104-108 "kommunens andra utvärdering"; the first in 2009
  modelVersion: 'Kommunkompassen, reviderad 2019/2020', // KK21:17-19
  // KK21:110-114
  interviewees:
    'Ett 90-tal personer i organisationen: politiker, ledande tjänstepersoner och fackliga representanter',
  notes:
    'Underlag: dokument, kommunens hemsida, sociala medier och intervjuer (KK21:108-112). Föregående utvärdering år 2009 (KK21:106-108); dess poäng finns inte i rapporten.',
  areas,
};

export async function seedCompass2021(
  repos: Repositories,
  principal: Principal,
  log: (line: string) => void,
) {
  log('Demo: Kommunkompassen, February 2021 (KK21)…');
  await createEvaluation(repos, principal, compass2021);
}
