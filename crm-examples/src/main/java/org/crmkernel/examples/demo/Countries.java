package org.crmkernel.examples.demo;

import static org.crmkernel.examples.demo.SalesRegion.AMERICAS;
import static org.crmkernel.examples.demo.SalesRegion.APAC;
import static org.crmkernel.examples.demo.SalesRegion.EMEA;

import java.util.List;
import org.crmkernel.examples.demo.Country.City;

/**
 * The countries the demo tenant sells to. Phone numbers stay in ranges set aside for drama and
 * examples where a country has one (UK 020 7946 0xxx, North America 555-01xx).
 */
final class Countries {

  /** The tenant's home country: its numbers are typed without a country code. */
  static final Country GERMANY = new Country("DE", "de", "EUR", EMEA, 30,
      List.of("GmbH", "GmbH", "AG", "SE"),
      List.of("Rhein", "Isar", "Hansa", "Spree", "Alpen", "Nord", "Main", "Elb", "Berg", "Tal"),
      List.of("werk", "logistik", "data", "bau", "med", "energie", "handel", "systeme", "tec"), true,
      List.of("Friedrichstraße", "Hauptstraße", "Torstraße", "Leopoldstraße", "Kaiserstraße", "Bahnhofstraße",
          "Lindenallee"),
      false, "DE#########",
      List.of(City.of("Berlin", "10###", "030 N######"), City.of("München", "80###", "089 N######"),
          City.of("Hamburg", "20###", "040 N######"), City.of("Frankfurt am Main", "60###", "069 N######"),
          City.of("Köln", "50###", "0221 N######")));

  /** Every country, the home country first. */
  static final List<Country> ALL = List.of(
      GERMANY,
      new Country("GB", "en", "GBP", EMEA, 12, List.of("Ltd", "Ltd", "plc"),
          List.of("Thames", "Pennine", "Albion", "Kingsbridge", "Harbour", "Oakridge", "Whitfield"),
          List.of("Logistics", "Analytics", "Engineering", "Foods", "Health", "Capital", "Systems"), false,
          List.of("High Street", "Station Road", "Victoria Street", "King's Road", "Queen Street"), true, "GB#########",
          List.of(City.of("London", "EC#A #AA", "+44 20 7946 0###"), City.of("Manchester", "M# #AA", "+44 161 496 0###"))),
      new Country("FR", "fr", "EUR", EMEA, 8, List.of("SAS", "SA"),
          List.of("Lumière", "Rivoli", "Seine", "Bastide", "Provence", "Vercors"),
          List.of("Conseil", "Logistique", "Industries", "Santé", "Énergie", "Distribution"), false,
          List.of("rue de Rivoli", "avenue Victor Hugo", "boulevard Haussmann", "rue de la République"), true,
          "FR## #########",
          List.of(City.of("Paris", "7500#", "+33 1 ## ## ## ##"), City.of("Lyon", "6900#", "+33 4 7# ## ## ##"))),
      new Country("NL", "nl", "EUR", EMEA, 5, List.of("B.V."),
          List.of("Zuid", "Oranje", "Delta", "Amstel", "Polder"), List.of("tech", "logistiek", "data", "bouw", "zorg"),
          true, List.of("Keizersgracht", "Damrak", "Stationsplein", "Kalverstraat"), false, "NL#########B01",
          List.of(City.of("Amsterdam", "10## AA", "+31 20 ### ####"), City.of("Rotterdam", "30## AA", "+31 10 ### ####"))),
      new Country("ES", "es", "EUR", EMEA, 4, List.of("S.L.", "S.A."),
          List.of("Iberia", "Sol", "Castilla", "Mediterráneo"), List.of("Logística", "Energía", "Sistemas", "Alimentación"),
          false, List.of("Calle de Alcalá", "Gran Vía", "Paseo de la Castellana"), false, "ESA########",
          List.of(City.of("Madrid", "280##", "+34 91 ### ## ##"))),
      new Country("IT", "it", "EUR", EMEA, 4, List.of("S.p.A.", "S.r.l."),
          List.of("Lombarda", "Adriatica", "Vesuvio", "Dolomiti"), List.of("Meccanica", "Tessile", "Logistica", "Sistemi"),
          false, List.of("Via Torino", "Corso Buenos Aires", "Via Dante"), false, "IT###########",
          List.of(City.of("Milano", "201##", "+39 02 #### ####"))),
      new Country("CH", "de", "CHF", EMEA, 3, List.of("AG", "GmbH"),
          List.of("Limmat", "Säntis", "Jura", "Rigi"), List.of("tec", "pharma", "logistik", "finanz"), true,
          List.of("Bahnhofstrasse", "Seestrasse", "Langstrasse"), false, "CHE-###.###.###",
          List.of(City.of("Zürich", "80##", "+41 44 ### ## ##"))),
      new Country("SE", "sv", "SEK", EMEA, 2, List.of("AB"),
          List.of("Fjäll", "Skär", "Öster", "Norr"), List.of("teknik", "logistik", "data", "bygg"), true,
          List.of("Drottninggatan", "Kungsgatan", "Sveavägen"), false, "SE############",
          List.of(City.of("Stockholm", "11# ##", "+46 8 ### ### ##"))),
      new Country("US", "en", "USD", AMERICAS, 16, List.of("Inc.", "LLC", "Corp."),
          List.of("Pacific", "Summit", "Redwood", "Lakeshore", "Liberty", "Granite", "Bluewater", "Frontier"),
          List.of("Dynamics", "Labs", "Logistics", "Health", "Energy", "Software", "Foods"), false,
          List.of("Market Street", "Main Street", "Broadway", "Michigan Avenue", "Congress Avenue"), true, "##-#######",
          List.of(City.of("San Francisco", "CA", "941##", "+1 415-555-01##"),
              City.of("New York", "NY", "100##", "+1 212-555-01##"),
              City.of("Chicago", "IL", "606##", "+1 312-555-01##"),
              City.of("Austin", "TX", "787##", "+1 512-555-01##"))),
      new Country("CA", "en", "CAD", AMERICAS, 4, List.of("Inc.", "Ltd."),
          List.of("Maple", "Northern", "Laurentian", "Cascade"), List.of("Analytics", "Logistics", "Health", "Energy"),
          false, List.of("King Street West", "Yonge Street", "Bay Street"), true, "#########RT0001",
          List.of(City.of("Toronto", "ON", "M5V #A#", "+1 416-555-01##"))),
      new Country("BR", "pt", "BRL", AMERICAS, 4, List.of("Ltda.", "S.A."),
          List.of("Paulista", "Atlântico", "Cerrado", "Guanabara"), List.of("Logística", "Sistemas", "Alimentos", "Energia"),
          false, List.of("Avenida Paulista", "Rua Augusta", "Rua Oscar Freire"), false, "##.###.###/0001-##",
          List.of(City.of("São Paulo", "SP", "01###-###", "+55 11 3###-####"))),
      new Country("MX", "es", "MXN", AMERICAS, 3, List.of("S.A. de C.V."),
          List.of("Azteca", "Sierra", "Pacífico", "Maya"), List.of("Logística", "Sistemas", "Alimentos", "Energía"),
          false, List.of("Paseo de la Reforma", "Avenida Insurgentes Sur", "Calle Madero"), false, "AAA######AA#",
          List.of(City.of("Ciudad de México", "CDMX", "06###", "+52 55 #### ####"))),
      new Country("AU", "en", "AUD", APAC, 2, List.of("Pty Ltd"),
          List.of("Southern Cross", "Coral", "Outback", "Harbourside"), List.of("Mining", "Logistics", "Systems", "Trading"),
          false, List.of("George Street", "Pitt Street", "Collins Street"), true, "## ### ### ###",
          List.of(City.of("Sydney", "NSW", "2000", "+61 2 9### ####"))),
      new Country("SG", "en", "SGD", APAC, 2, List.of("Pte. Ltd."),
          List.of("Lion City", "Straits", "Marina", "Orchid"), List.of("Trading", "Logistics", "Capital", "Systems"),
          false, List.of("Raffles Place", "Orchard Road", "Robinson Road"), true, "20#######A",
          List.of(City.of("Singapore", "0#####", "+65 63## ####"))),
      new Country("JP", "ja", "JPY", APAC, 2, List.of("K.K."),
          List.of("Sakura", "Fuji", "Kaze", "Hoshi"), List.of("Trading", "Systems", "Logistics", "Robotics"),
          false, List.of("Marunouchi", "Ginza", "Shibuya"), false, "T#############",
          List.of(City.of("Tokyo", "100-00##", "+81 3-5###-####"))));

  private Countries() {}
}
