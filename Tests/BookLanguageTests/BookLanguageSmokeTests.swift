import BookLanguage
import Testing
