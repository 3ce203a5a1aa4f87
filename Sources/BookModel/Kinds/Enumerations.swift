// The closed sets of the schema as Swift enums. Their raw values are Schema's words exactly;
// `EnumerationTests` checks each against the field it types, so they cannot drift.
// Kept together (an exception to one type per file): each is a few lines of cases.

/// A Swift enum mirroring one enumeration field of the schema.
public protocol SchemaEnumeration: RawRepresentable, CaseIterable, Sendable
where RawValue == String {
  /// A kind and field whose allowed values are exactly this enum's raw values.
  static var schemaField: (kind: KindID, field: String) { get }
}

/// A team member's role.
public enum PersonRole: String, SchemaEnumeration {
  case producer, manager, advocate, marketing, risk
  public static let schemaField = (kind: KindID.person, field: "role")
}

/// Who bills the insured.
public enum Billing: String, SchemaEnumeration {
  case agency, direct
  public static let schemaField = (kind: KindID.policy, field: "billing")
}

/// `yes` or `no`.
public enum YesNo: String, SchemaEnumeration {
  case yes, no
  public static let schemaField = (kind: KindID.policy, field: "wos")
}

/// What a contact does.
public enum ContactRole: String, SchemaEnumeration {
  case underwriter
  case lossControl = "loss-control"
  case insured, other
  public static let schemaField = (kind: KindID.contact, field: "role")
}

/// Where an account stands with the agency.
public enum AccountStatus: String, SchemaEnumeration {
  case prospect, active, inactive, lost
  public static let schemaField = (kind: KindID.account, field: "status")
}

/// A line of business, by agency abbreviation.
public enum Line: String, SchemaEnumeration {
  case gl = "GL"
  case auto = "AUTO"
  case wc = "WC"
  case umb = "UMB"
  case prop = "PROP"
  case bop = "BOP"
  case cpkg = "CPKG"
  case im = "IM"
  case br = "BR"
  case prof = "PROF"
  case directorsAndOfficers = "DO"
  case epli = "EPLI"
  case cyber = "CYBER"
  case crime = "CRIME"
  case bond = "BOND"
  case gar = "GAR"
  public static let schemaField = (kind: KindID.policy, field: "line")
}

/// A policy term's status (in force is derived from dates, never from this alone).
public enum PolicyStatus: String, SchemaEnumeration {
  case quoted, bound, active
  case pendingCancel = "pending-cancel"
  case cancelled, expired, renewed
  case nonrenewed, replaced
  public static let schemaField = (kind: KindID.policy, field: "status")
}

/// How far the renewal of a term has come.
public enum RenewalStage: String, SchemaEnumeration {
  case notStarted = "not-started"
  case infoRequested = "info-requested"
  case submitted, quoted
  case proposed, bound
  public static let schemaField = (kind: KindID.policy, field: "stage")
}

/// Additional insured status on a policy.
public enum AdditionalInsured: String, SchemaEnumeration {
  case none, scheduled, blanket
  public static let schemaField = (kind: KindID.policy, field: "ai")
}

/// A subjectivity's status.
public enum SubjectivityStatus: String, SchemaEnumeration {
  case open, received, waived
  public static let schemaField = (kind: KindID.subjectivity, field: "status")
}

/// How an audit is done.
public enum AuditType: String, SchemaEnumeration {
  case physical, phone, mail, hybrid, waived
  public static let schemaField = (kind: KindID.audit, field: "type")
}

/// Where an audit is in its lifecycle.
public enum AuditStatus: String, SchemaEnumeration {
  case scheduled, requested
  case inProgress = "in-progress"
  case received, reviewed, accepted, billed
  case refunded, closed, disputed, revised, waived, noncompliant
  public static let schemaField = (kind: KindID.audit, field: "status")
}

/// What an exposure is measured in.
public enum ExposureBasis: String, SchemaEnumeration {
  case payroll, sales, area, units, vehicles
  public static let schemaField = (kind: KindID.exposure, field: "basis")
}

/// The unit a rate applies to: per 100, per 1,000 or per 1 of exposure.
public enum ExposurePer: String, SchemaEnumeration {
  case hundred = "100"
  case thousand = "1000"
  case one = "1"
  public static let schemaField = (kind: KindID.exposure, field: "per")

  /// The divisor of the exposure.
  public var divisor: Int64 {
    switch self {
    case .hundred: return 100
    case .thousand: return 1000
    case .one: return 1
    }
  }
}

/// A certificate's status.
public enum CertificateStatus: String, SchemaEnumeration {
  case issued, void
  case needsReissue = "needs-reissue"
  case replaced
  public static let schemaField = (kind: KindID.certificate, field: "status")
}

/// How urgent a delegation is.
public enum Priority: String, SchemaEnumeration {
  case low, normal, high, critical
  public static let schemaField = (kind: KindID.delegation, field: "priority")
}

/// Where a delegation stands.
public enum DelegationStatus: String, SchemaEnumeration {
  case open
  case inProgress = "in-progress"
  case waiting, done, cancelled
  public static let schemaField = (kind: KindID.delegation, field: "status")
}

/// The kind of service work a delegation is.
public enum DelegationAction: String, SchemaEnumeration {
  case certificate, endorsement, audit
  case lossRuns = "loss-runs"
  case renewal, billing, subjectivity
  case other
  public static let schemaField = (kind: KindID.delegation, field: "action")
}

/// How a done delegation ended.
public enum Outcome: String, SchemaEnumeration {
  case successful, unsuccessful
  public static let schemaField = (kind: KindID.delegation, field: "outcome")
}

/// How often a recurring delegation comes back.
public enum Recurrence: String, SchemaEnumeration {
  case weekly, monthly, quarterly, yearly
  public static let schemaField = (kind: KindID.delegation, field: "every")
}

/// A claim's status.
public enum ClaimStatus: String, SchemaEnumeration {
  case open, closed
  public static let schemaField = (kind: KindID.claim, field: "status")
}

/// A quote's status.
public enum QuoteStatus: String, SchemaEnumeration {
  case requested, received, declined, selected
  public static let schemaField = (kind: KindID.quote, field: "status")
}

/// An endorsement's status.
public enum EndorsementStatus: String, SchemaEnumeration {
  case requested, issued, declined
  public static let schemaField = (kind: KindID.endorsement, field: "status")
}

/// A binder's status.
public enum BinderStatus: String, SchemaEnumeration {
  case issued, replaced, expired, void
  public static let schemaField = (kind: KindID.binder, field: "status")
}

/// What a journal entry did.
public enum ChangeOperation: String, SchemaEnumeration {
  case add, set, delete
  public static let schemaField = (kind: KindID.change, field: "op")
}
