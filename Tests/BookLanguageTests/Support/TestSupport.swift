/// The test support every target shares (temporary directories, a fresh example book, an empty
/// book with you on it, a seeded generator, the example's clock), visible to every file here.
@_exported import BookTestSupport
