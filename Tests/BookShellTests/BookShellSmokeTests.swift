import BookShell
import Testing
