/**
 * Fragments of the open answers (E2_voorbeeld, H9_kansen) in everyday Dutch. `{gemeente}` is
 * replaced by the respondent's municipality. Names and places in the examples are invented or public
 * programme names from questionnaire.md.
 */

/** E2 examples of input that changed something, written from the residents' side. */
export const EXAMPLE_RESIDENT = [
  'Na onze klachten over de wachttijd bij het Wmo-loket is er een telefonisch spreekuur gekomen.',
  'De cliëntenraad heeft de nieuwe folder over de eigen bijdrage gelezen; die is nu in gewone taal geschreven.',
  'In {gemeente} blijft het buurthuis op woensdagavond open, omdat wij daar met een groep om gevraagd hadden.',
  'Bij het Lumen Panel zeiden we dat de vragenlijst te lang was. De volgende ronde was een stuk korter.',
  'Mijn ervaringen met beschermd wonen zijn gebruikt in de training voor nieuwe begeleiders.',
  'Na de bijeenkomst over mantelzorg kwam er respijtzorg in het weekend, daar was lang om gevraagd.',
  'Wij hebben aangegeven dat de aanvraag voor een scootmobiel te ingewikkeld was; het formulier is nu korter.',
  'De bus naar het gezondheidscentrum in {gemeente} rijdt weer, nadat bewoners handtekeningen hadden opgehaald.',
  'In het wijkproject mochten we zelf kiezen waar het budget naartoe ging: een moestuin en een koffieochtend.',
  'Op de website van de gemeente staat nu duidelijk wie je moet bellen als je vastloopt.',
  'Als naaste mocht ik meepraten over de nieuwe regels voor bezoek; die zijn daarna soepeler geworden.',
  'Door onze brief aan de gemeenteraad is de bibliotheek in {gemeente} een informatiepunt voor mantelzorgers geworden.',
];

/** E2 examples of input that changed something, written from the professionals' side. */
export const EXAMPLE_PROFESSIONAL = [
  'Het inkoopkader jeugd is aangepast nadat jongeren en ouders in een klankbordgroep hun ervaringen deelden.',
  'Ervaringsdeskundigen hebben het aanmeldformulier voor dagbesteding herschreven; er komen nu minder vragen binnen.',
  'De Wmo-adviesraad adviseerde de brief over de eigen bijdrage anders op te zetten. Dat advies is overgenomen.',
  'In het project "Meedoen met Meerburg" beslissen bewoners mee over de besteding van het wijkbudget.',
  'Bij de evaluatie van de schuldhulp hebben we cliënten geïnterviewd; daarna is de intake ingekort.',
  'Via het leernetwerk "Over mij = met mij!" zijn we gesprekken anders gaan voeren, met de cliënt aan tafel.',
  'In de stuurgroep arbeidsparticipatie zit een cliëntvertegenwoordiger; haar punt over reiskosten is in het plan gekomen.',
  'De regiovisie beschermd wonen is samen met ervaringsdeskundigen geschreven, niet alleen getoetst.',
  'Een burgerpanel gaf aan dat de wijkteams slecht bereikbaar waren; er is nu een vast inloopuur in {gemeente}.',
  'Naar aanleiding van de cliëntenraad is de informatie over wachttijden op onze website gezet.',
  'Jongeren van de jongerenraad hebben de campagne over mentale gezondheid mee ontworpen, inclusief de posters.',
  'Na een co-designsessie met cliënten is de wachtkamer van de huisartsenpost opnieuw ingericht.',
];

/** E2 answers of people who saw no influence, residents' side. */
export const NO_EXAMPLE_RESIDENT = [
  'Eerlijk gezegd weet ik geen voorbeeld. We praten mee, maar daarna hoor je er niets meer van.',
  'Niet dat ik weet.',
  'Ik heb meegedaan aan een gesprek over eenzaamheid, maar ik heb nooit gehoord wat ermee gedaan is.',
  'Ze vroegen onze mening pas toen alles al besloten was. Dan voelt het als een formaliteit.',
  'Geen idee, ik merk er weinig van.',
  'Nee. Wel veel bijeenkomsten, maar ik zie niet wat er verandert.',
];

/** E2 answers of people who saw no influence, professionals' side. */
export const NO_EXAMPLE_PROFESSIONAL = [
  'Lastig om een voorbeeld te noemen. We halen veel op, maar koppelen te weinig terug.',
  'We hebben een enquête gehouden, maar de uitkomsten zijn nog niet gebruikt. Dat moet beter.',
  'Op dit moment niet; de inbreng komt vaak te laat in het proces om nog iets te veranderen.',
];

export const EXAMPLE_OPENERS = ['', '', '', 'Een voorbeeld: ', 'Ja. ', 'Vorig jaar: ', 'Wat mij bijstaat: '];

export const EXAMPLE_CLOSERS = [
  '',
  '',
  '',
  ' Dat voelde als serieus genomen worden.',
  ' Maar dat is eerder uitzondering dan regel.',
  ' Het heeft wel lang geduurd.',
  ' Jammer dat we daar zelf achteraan moesten.',
  ' Meer van dit soort voorbeelden graag!',
];

/** H9 cores: opportunities and challenges for the region. */
export const OPPORTUNITIES = [
  'Meer samenwerken tussen gemeenten, zodat niet elke gemeente opnieuw het wiel uitvindt.',
  'Jongeren zelf laten meedenken over mentale gezondheid, bijvoorbeeld via school of de sportclub.',
  'Een vaste vergoeding voor ervaringsdeskundigen, dan houd je mensen ook vast.',
  'Eenzaamheid onder ouderen aanpakken met de buurthuizen die er al zijn.',
  'Eén loket voor vragen over zorg, werk en geld. Nu word je van het kastje naar de muur gestuurd.',
  'De overgang van 18- naar 18+ beter regelen; jongeren vallen nu tussen wal en schip.',
  'Mantelzorgers vragen wat ze nodig hebben, niet alleen een bloemetje op de Dag van de Mantelzorg.',
  'Gebruikmaken van wat er al is: cliëntenraden, de Wmo-raad, het Lumen Panel.',
  'Informatie in begrijpelijke taal, en niet alleen digitaal.',
  'Mensen die dakloos dreigen te worden eerder in beeld krijgen, samen met de woningcorporaties.',
  'In {gemeente} is veel goede wil, maar de wachtlijsten in de GGZ zijn een groot probleem.',
  'Zorg dat ook mensen zonder computer of met weinig tijd kunnen meedoen, bijvoorbeeld met huisbezoeken.',
  'Een regionale hub kan helpen als die klein begint en laat zien wat er met de inbreng gebeurt.',
  'Werk en inkomen gaat redelijk, maar de regels rond bijverdienen schrikken mensen af.',
  'Meer tijd voor een goed gesprek bij de huisarts en het wijkteam.',
  'Ervaringsdeskundigen vanaf het begin aan tafel, niet pas als alles al klaar is.',
  'Minder regels, meer vertrouwen.',
  'meer geld naar preventie',
  'Luisteren naar jongeren!',
  'Het wijkteam is moeilijk bereikbaar, daar ligt een uitdaging.',
  'Samenwerking met scholen en huisartsen rond jongeren die vastlopen.',
  'Mantelzorgers raken overbelast. Zorg voor vervanging zodat ze eens vrij kunnen zijn.',
  'Nieuwkomers en laaggeletterden worden nu bijna nooit bereikt; ga naar ze toe in plaats van ze uit te nodigen.',
  'De wachttijd voor beschermd wonen is te lang; mensen blijven dan te lang in de opvang.',
];

export const OPPORTUNITY_OPENERS = [
  '',
  '',
  '',
  'Kans: ',
  'Vooral: ',
  'Ik zou zeggen: ',
  'Voor mij is het belangrijkste: ',
];

export const OPPORTUNITY_CLOSERS = [
  '',
  '',
  '',
  ' En koppel dan ook terug wat er met onze inbreng gebeurt.',
  ' Begin klein, in één wijk, en leer daarvan.',
  ' Zorg wel dat het geen praatclub wordt.',
  ' Dat kost geld, maar het levert ook veel op.',
];

/** Parts of synthetic contact details, on reserved example domains. */
export const FIRST_NAMES = [
  'anouk',
  'bram',
  'fatima',
  'henk',
  'ingrid',
  'joost',
  'karin',
  'mohamed',
  'noor',
  'petra',
  'sanne',
  'willem',
];
export const LAST_NAMES = [
  'bakker',
  'devries',
  'elamrani',
  'jansen',
  'kok',
  'meijer',
  'mulder',
  'peters',
  'smit',
  'vandijk',
  'visser',
  'yilmaz',
];
export const MAIL_DOMAINS = ['example.com', 'example.org', 'example.net'];
