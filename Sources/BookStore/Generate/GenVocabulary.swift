/// Words, carriers and industries the generator draws from.
enum GenVocabulary {
  /// A rating class: code, description, basis, per and rate in hundredths.
  struct RatingClass: Sendable {
    let code: String
    let description: String
    let basis: String
    let per: String
    let rate: Int
  }

  /// An industry: name words, lines it buys and its rating classes.
  struct Industry: Sendable {
    let label: String
    let nouns: [String]
    let lines: [String]
    let wc: RatingClass
    let gl: RatingClass
  }

  typealias Carrier = (id: String, name: String, naic: String, billing: String)

  static let carriers: [Carrier] = [
    ("TRAV", "Travelers", "25658", "direct"), ("HART", "The Hartford", "19682", "direct"),
    ("LIBM", "Liberty Mutual", "23043", "direct"), ("CNA", "CNA", "20443", "direct"),
    ("ZURN", "Zurich American", "16535", "direct"), ("EMPL", "Employers", "11512", "direct"),
    ("SCIF", "State Compensation Insurance Fund", "35076", "direct"),
    ("PHLY", "Philadelphia Indemnity", "18058", "agency"),
    ("CHUB", "Federal Insurance Company", "20281", "direct"),
    ("MARK", "Evanston Insurance", "35378", "agency"), ("ICW", "ICW Group", "27847", "direct"),
    ("PROG", "Progressive Commercial", "24260", "direct"),
    ("NATN", "Nationwide Mutual", "23787", "direct"), ("AMTR", "AmTrust", "33898", "direct"),
    ("BHHC", "Berkshire Hathaway Homestate", "20044", "direct"),
    ("CINC", "Cincinnati Insurance", "10677", "direct"),
    ("STFM", "State Farm General", "25151", "direct"),
    ("AIG", "Lexington Insurance", "19437", "agency"),
    ("GAIG", "Great American", "16691", "direct"), ("MERC", "Mercury Casualty", "11908", "direct"),
  ]

  static let adjectives = [
    "Summit", "Golden", "River", "Oak", "Pine", "Cedar", "Granite", "Valley", "Capitol", "Delta",
    "Sierra", "Foothill", "Harbor", "Redwood", "Sunrise", "Bayside", "Eagle", "Northgate",
    "Willow", "Canyon", "Meadow", "Pioneer", "Liberty", "Evergreen", "Keystone", "Lakeside",
    "Mission", "Orchard", "Heritage", "Union", "Prairie", "Silver", "Blue Ridge", "Cypress",
  ]

  static let streets = [
    "Main St", "Folsom Blvd", "J St", "Broadway", "Sunrise Blvd", "Stockton Blvd", "Watt Ave",
    "Fair Oaks Blvd", "Auburn Blvd", "Florin Rd", "Elk Grove Blvd", "Douglas Blvd", "Madison Ave",
  ]

  static let cities = [
    "Sacramento, CA 95814", "Roseville, CA 95661", "Folsom, CA 95630", "Elk Grove, CA 95758",
    "Rancho Cordova, CA 95670", "Davis, CA 95616", "Woodland, CA 95695", "Auburn, CA 95603",
    "West Sacramento, CA 95691", "Citrus Heights, CA 95610", "Carmichael, CA 95608",
  ]

  static let firstNames = [
    "Ana", "Ben", "Carla", "Dev", "Erin", "Frank", "Grace", "Hugo", "Iris", "Jon", "Kara", "Leo",
    "Mia", "Nate", "Olga", "Paul", "Rosa", "Sean", "Tara", "Victor", "Wendy", "Yusuf", "Zoe",
  ]

  static let lastNames = [
    "Adams", "Baker", "Cruz", "Diaz", "Evans", "Flores", "Gupta", "Hall", "Ito", "Jones", "Khan",
    "Lee", "Moreno", "Novak", "Ortiz", "Price", "Quinn", "Reed", "Singh", "Tran", "Vega", "Wong",
  ]

  static let holders = [
    "City of Sacramento", "County of Sacramento", "City of Roseville", "City of Folsom",
    "Sacramento City Unified School District", "Placer County", "Caltrans District 3",
    "Kaiser Permanente", "Sutter Health", "Arden Fair Associates", "Granite Construction",
  ]

  static let tasks: [(task: String, action: String)] = [
    ("Request 5-year loss runs", "loss-runs"),
    ("Issue certificate to the new landlord", "certificate"),
    ("Send renewal application", "renewal"), ("Follow up on the premium audit", "audit"),
    ("Request additional insured endorsement", "endorsement"),
    ("Call about a past-due invoice", "billing"),
    ("Collect signed subjectivity", "subjectivity"), ("Update the driver list", "other"),
  ]

  static let noteTexts = [
    "Called the insured: renewal information promised by Friday.",
    "Sent the loss runs to the underwriter.", "Insured asked about raising the umbrella limit.",
    "Left a voicemail about the audit appointment.", "Certificate request received by email.",
    "Reviewed the renewal proposal with the producer.", "Payroll is up about 10% this year.",
  ]

  private static func rc(
    _ code: String, _ text: String, _ basis: String, _ per: String, _ rate: Int
  )
    -> RatingClass
  {
    RatingClass(code: code, description: text, basis: basis, per: per, rate: rate)
  }

  static let industries: [Industry] = [
    Industry(
      label: "roofing contractor", nouns: ["Roofing"], lines: ["GL", "WC", "AUTO", "UMB", "IM"],
      wc: rc("5552", "Roofing", "payroll", "100", 1_890),
      gl: rc("91342", "Roofing", "sales", "1000", 250)),
    Industry(
      label: "dental practice", nouns: ["Dental", "Smiles"], lines: ["BOP", "PROF", "WC", "CYBER"],
      wc: rc("8832", "Dental office", "payroll", "100", 42),
      gl: rc("66561", "Dental office", "area", "1000", 90)),
    Industry(
      label: "restaurant", nouns: ["Bistro", "Grill", "Kitchen"],
      lines: ["BOP", "WC", "UMB", "EPLI"],
      wc: rc("9079", "Restaurant", "payroll", "100", 273),
      gl: rc("16910", "Restaurant", "sales", "1000", 310)),
    Industry(
      label: "trucking", nouns: ["Freight", "Logistics", "Transport"],
      lines: ["AUTO", "WC", "UMB", "IM"],
      wc: rc("7219", "Trucking", "payroll", "100", 566),
      gl: rc("99793", "Trucking", "sales", "1000", 120)),
    Industry(
      label: "plumbing contractor", nouns: ["Plumbing"], lines: ["GL", "WC", "AUTO", "UMB"],
      wc: rc("5183", "Plumbing", "payroll", "100", 435),
      gl: rc("98483", "Plumbing", "sales", "1000", 620)),
    Industry(
      label: "winery", nouns: ["Winery", "Vineyards", "Cellars"],
      lines: ["CPKG", "WC", "AUTO", "UMB"],
      wc: rc("2150", "Winery", "payroll", "100", 380),
      gl: rc("16900", "Winery", "sales", "1000", 110)),
    Industry(
      label: "private school", nouns: ["Academy", "School"],
      lines: ["CPKG", "DO", "WC", "AUTO", "CYBER"],
      wc: rc("8868", "School", "payroll", "100", 95), gl: rc("47474", "School", "units", "1", 2_100)
    ),
    Industry(
      label: "electrical contractor", nouns: ["Electric"],
      lines: ["GL", "WC", "AUTO", "UMB", "IM"],
      wc: rc("5190", "Electrical", "payroll", "100", 388),
      gl: rc("92478", "Electrical", "sales", "1000", 410)),
    Industry(
      label: "law firm", nouns: ["Law Group", "Legal"],
      lines: ["PROF", "BOP", "EPLI", "CYBER", "WC"],
      wc: rc("8820", "Attorney", "payroll", "100", 25),
      gl: rc("66122", "Office", "area", "1000", 70)),
    Industry(
      label: "general contractor", nouns: ["Builders", "Construction"],
      lines: ["GL", "WC", "AUTO", "UMB", "IM", "BR"],
      wc: rc("5403", "Carpentry", "payroll", "100", 912),
      gl: rc("91583", "Contractors", "sales", "1000", 195)),
    Industry(
      label: "auto repair", nouns: ["Auto Body", "Motors"], lines: ["GAR", "WC", "UMB"],
      wc: rc("8391", "Auto repair", "payroll", "100", 410),
      gl: rc("10073", "Garage", "sales", "1000", 280)),
    Industry(
      label: "real estate lessor", nouns: ["Properties", "Holdings"],
      lines: ["PROP", "GL", "UMB", "CRIME"],
      wc: rc("8810", "Clerical", "payroll", "100", 29),
      gl: rc("68500", "Lessor", "area", "1000", 85)),
    Industry(
      label: "IT services", nouns: ["Tech", "Systems"],
      lines: ["PROF", "CYBER", "BOP", "WC", "EPLI"],
      wc: rc("8859", "Computer professionals", "payroll", "100", 21),
      gl: rc("41677", "Consultants", "sales", "1000", 60)),
  ]
}
