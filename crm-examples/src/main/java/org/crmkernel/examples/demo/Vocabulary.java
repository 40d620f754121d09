package org.crmkernel.examples.demo;

import java.util.List;
import java.util.Map;

/** Words the demo data is made of: people's names by language, job titles, industries, sources. */
final class Vocabulary {

  static final Map<String, List<String>> FIRST_NAMES = Map.of(
      "de", List.of("Anna", "Lukas", "Lea", "Felix", "Marie", "Jonas", "Sophie", "Paul", "Laura", "Maximilian", "Julia", "Niklas"),
      "en", List.of("Emma", "Oliver", "Olivia", "James", "Amelia", "William", "Ava", "Noah", "Sophia", "Liam", "Grace", "Ethan"),
      "fr", List.of("Camille", "Louis", "Chloé", "Hugo", "Léa", "Gabriel", "Manon", "Arthur", "Inès", "Jules"),
      "nl", List.of("Daan", "Emma", "Sem", "Julia", "Lucas", "Tess", "Finn", "Sanne"),
      "es", List.of("Lucía", "Hugo", "Martina", "Mateo", "Sofía", "Leo", "Paula", "Daniel"),
      "it", List.of("Giulia", "Leonardo", "Sofia", "Francesco", "Aurora", "Alessandro", "Alice", "Lorenzo"),
      "sv", List.of("Alice", "William", "Maja", "Hugo", "Elsa", "Lucas", "Astrid", "Oscar"),
      "pt", List.of("Ana", "João", "Maria", "Pedro", "Beatriz", "Lucas", "Larissa", "Gabriel"),
      "ja", List.of("Haruto", "Yui", "Sota", "Hina", "Ren", "Aoi"));

  static final Map<String, List<String>> LAST_NAMES = Map.of(
      "de", List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Koch", "Richter", "Wolf"),
      "en", List.of("Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Walker", "Clarke", "Miller", "Anderson"),
      "fr", List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau"),
      "nl", List.of("de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer"),
      "es", List.of("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez"),
      "it", List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci"),
      "sv", List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson"),
      "pt", List.of("Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Costa", "Almeida"),
      "ja", List.of("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito"));

  static final List<String> JOB_TITLES = List.of("CEO", "CFO", "CTO", "Head of Procurement", "IT Director",
      "Operations Manager", "Purchasing Manager", "Office Manager", "Sales Director", "Head of Logistics",
      "Finance Controller", "Marketing Lead");

  static final List<String> INDUSTRIES = List.of("Manufacturing", "Retail", "Logistics", "Financial Services",
      "Healthcare", "Software", "Energy", "Hospitality", "Construction", "Food & Beverage");

  static final List<String> LEAD_SOURCES = List.of("Web", "Trade show", "Referral", "Partner", "Webinar", "Cold call");

  private Vocabulary() {}
}
