package io.github.geoclaims.benchmarks.data;

import java.util.List;

/** Word lists for generated documents: states, bodies, people, outlets, places, units and sentence parts. */
final class Lexicon {

  private Lexicon() {}

  /** A state: identifier, name, ISO 3166-1 alpha-2 code, Wikidata item, capital, demonym, aliases. */
  record State(String id, String name, String code, String wikidata, String capital, String adjective,
      List<String> aliases) {}

  static final List<State> STATES = List.of(
      new State("north-korea", "North Korea", "KP", "Q423", "Pyongyang", "North Korean", List.of("Pyongyang", "DPRK")),
      new State("russia", "Russia", "RU", "Q159", "Moscow", "Russian", List.of("Moscow", "the Russian Federation")),
      new State("united-states", "United States", "US", "Q30", "Washington", "American", List.of("Washington", "the U.S.")),
      new State("south-korea", "South Korea", "KR", "Q884", "Seoul", "South Korean", List.of("Seoul", "the ROK")),
      new State("japan", "Japan", "JP", "Q17", "Tokyo", "Japanese", List.of("Tokyo")),
      new State("china", "China", "CN", "Q148", "Beijing", "Chinese", List.of("Beijing", "the PRC")),
      new State("ukraine", "Ukraine", "UA", "Q212", "Kyiv", "Ukrainian", List.of("Kyiv")),
      new State("iran", "Iran", "IR", "Q794", "Tehran", "Iranian", List.of("Tehran")),
      new State("belarus", "Belarus", "BY", "Q184", "Minsk", "Belarusian", List.of("Minsk")),
      new State("france", "France", "FR", "Q142", "Paris", "French", List.of("Paris")),
      new State("germany", "Germany", "DE", "Q183", "Berlin", "German", List.of("Berlin")),
      new State("united-kingdom", "United Kingdom", "GB", "Q145", "London", "British", List.of("London", "Britain")),
      new State("turkey", "Türkiye", "TR", "Q43", "Ankara", "Turkish", List.of("Ankara", "Turkey")),
      new State("poland", "Poland", "PL", "Q36", "Warsaw", "Polish", List.of("Warsaw")),
      new State("india", "India", "IN", "Q668", "New Delhi", "Indian", List.of("New Delhi")),
      new State("israel", "Israel", "IL", "Q801", "Jerusalem", "Israeli", List.of()),
      new State("syria", "Syria", "SY", "Q858", "Damascus", "Syrian", List.of("Damascus")),
      new State("kazakhstan", "Kazakhstan", "KZ", "Q232", "Astana", "Kazakh", List.of("Astana")),
      new State("mongolia", "Mongolia", "MN", "Q711", "Ulaanbaatar", "Mongolian", List.of()),
      new State("vietnam", "Vietnam", "VN", "Q881", "Hanoi", "Vietnamese", List.of("Hanoi")));

  static final List<String> BODIES = List.of(
      "Ministry of Foreign Affairs", "Ministry of Defence", "National Security Council", "Office of the President",
      "General Staff", "Defence Intelligence Agency", "Ministry of Unification", "Foreign Intelligence Service",
      "Customs Service", "Parliamentary Defence Committee");

  static final List<String> ROLE_TITLES = List.of(
      "spokesperson", "minister", "deputy minister", "press secretary", "national security adviser",
      "chief of staff", "director", "senior official", "ambassador", "analyst");

  static final List<String> FIRST_NAMES = List.of(
      "John", "Maria", "Sergei", "Kim", "Yuki", "Olena", "Ahmed", "Chen", "Anna", "Pierre", "Hans", "Agnieszka",
      "Ravi", "Noa", "Lars", "Fatima", "José", "Zoë", "Mehmet", "Ji-won", "Dmitri", "Emily", "Hiroshi", "Lena");

  static final List<String> LAST_NAMES = List.of(
      "Kirby", "Lavrov", "Park", "Tanaka", "Kovalenko", "Haddad", "Wei", "Schmidt", "Dubois", "Nowak", "Sharma",
      "Cohen", "Berg", "Rahman", "García", "Müller", "Yılmaz", "Lee", "Ivanova", "Carter", "Sato", "Shevchenko",
      "O'Brien", "Novák");

  /** A media outlet: name and domain. */
  record Outlet(String name, String domain) {}

  static final List<Outlet> OUTLETS = List.of(
      new Outlet("Global Wire", "globalwire.example"), new Outlet("The Daily Observer", "observer.example"),
      new Outlet("Asia Pacific Report", "apreport.example"), new Outlet("RIA News", "ria.example"),
      new Outlet("Yonhap-style Agency", "agency.example"), new Outlet("Eastern Herald", "herald.example"),
      new Outlet("Le Courrier", "courrier.example"), new Outlet("Nordic Times", "nordic.example"),
      new Outlet("Defence Weekly", "defenceweekly.example"), new Outlet("Policy Review", "policyreview.example"));

  static final List<String> PLACES = List.of(
      "Rajin port", "the Vostochny Cosmodrome", "Vladivostok", "the Khasan border crossing", "Sinpo shipyard",
      "the Sea of Japan", "Nampo", "Tumangang station", "the Amur region", "Kherson", "Donetsk", "Belgorod",
      "the Kuril Islands", "Sohae launch site", "Dunai naval base");

  static final List<String> UNITS = List.of(
      "containers", "artillery shells", "rounds", "missiles", "rail cars", "tonnes", "soldiers", "engineers",
      "launchers", "vessels", "flights", "drones");

  static final List<String> HEDGES = List.of(
      "reportedly", "allegedly", "according to officials", "it is believed", "possibly", "about", "if accurate",
      "apparently", "it appears", "sources say");

  static final List<String> EXPRESSIONS = List.of(
      "earlier this month", "last week", "in recent months", "since the summer", "late last year",
      "over the weekend", "early October", "in the spring");

  static final List<String> VERBS = List.of(
      "shipped", "delivered", "transferred", "supplied", "sent", "moved", "loaded", "handed over");

  static final List<String> SAY = List.of(
      "said", "told reporters", "stated", "wrote", "claimed", "confirmed", "insisted", "noted", "warned",
      "added");

  static final List<String> CONNECTIVES = List.of(
      "Meanwhile,", "However,", "In a statement,", "Separately,", "At the same time,", "According to analysts,",
      "Officials said that", "Earlier,", "On Tuesday,", "In response,");

  static final List<String> OPINIONS = List.of(
      "This deepening relationship threatens regional stability and global security",
      "the transfers violate several Security Council resolutions",
      "there is no evidence for these fabrications",
      "the cooperation serves the interests of both peoples",
      "we will respond to any provocation with resolve",
      "the shipments have been going on for months",
      "such accusations are groundless and politically motivated",
      "the international community must hold those responsible to account",
      "the images show containers being loaded onto a Russian-flagged vessel",
      "these reports cannot be verified independently",
      "the exchange includes technology for satellites and submarines",
      "talks on further military cooperation are expected to continue");

  static final List<String> FILLER = List.of(
      "The claims could not be independently verified.",
      "Neither government responded to requests for comment.",
      "Analysts caution that satellite imagery alone rarely settles such questions.",
      "The allegations come amid growing concern over the war’s trajectory.",
      "Diplomats at the United Nations described the mood as tense — but not hopeless.",
      "The ministry’s statement did not mention any numbers.",
      "Several experts said the figures were plausible, though hard to confirm.",
      "Trade data published by customs authorities show a sharp rise in rail traffic.",
      "The report cites unnamed officials familiar with the matter.",
      "Markets in Seoul and Tokyo were little changed after the announcement.",
      "Critics described the move as “a dangerous escalation.”",
      "Earlier reports by the same outlet were later corrected.");
}
