// Reins speaks the language of the system: German when it is German, English otherwise, with
// figures grouped and dates worded by the locale. The German catalogue must be complete.

#include "GuiTestSupport.h"

#include "gui/ComparisonModel.h"
#include "gui/MainWindow.h"
#include "gui/QtConvert.h"
#include "gui/QuestionBankSettings.h"
#include "gui/Translations.h"
#include "reins/Comparison.h"
#include "reins/storage/SqliteDataStore.h"
#include "support/TempDir.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>

using namespace reins;
using namespace reins::gui;

namespace {

// Puts the test process back to English and its default locale however a test ends, so
// the tests after it read the texts they expect.
class LanguageRestorer {
public:
    LanguageRestorer() = default;
    LanguageRestorer(const LanguageRestorer &) = delete;
    LanguageRestorer &operator=(const LanguageRestorer &) = delete;
    ~LanguageRestorer()
    {
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        QLocale::setDefault(m_locale);
    }

private:
    QLocale m_locale;
};

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles << test::withoutMnemonic(action->text());
    return titles;
}

std::unique_ptr<MainWindow> openWindow(const test::TempDir &dir)
{
    const auto path = dir.path() / "reins.db";
    return std::make_unique<MainWindow>(storage::SqliteDataStore::open(path),
                                        QString::fromStdString(path.string()));
}

// One message of a .ts file as lupdate wrote it.
struct Message {
    QString context;
    QString source;
    QString type;             // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form
};

std::vector<Message> readCatalogue(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    std::vector<Message> messages;
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            messages.push_back({context, {}, {}, {}});
        } else if (xml.name() == u"source" && !messages.empty()) {
            messages.back().source = xml.readElementText();
        } else if (xml.name() == u"translation" && !messages.empty()) {
            messages.back().type = xml.attributes().value(QStringLiteral("type")).toString();
            // Plural forms come as <numerusform> children; a plain translation as text.
            QString text;
            bool hadForms = false;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"numerusform") {
                    hadForms = true;
                    messages.back().translations << xml.readElementText();
                } else if (xml.isCharacters()) {
                    text += xml.text();
                }
            }
            if (!hadForms)
                messages.back().translations << text;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QString describe(const Message &message)
{
    return message.context + QStringLiteral(": ") + message.source;
}

// "%1", "%n", "%L1": the placeholders a translation has to keep.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&[^&\\s;]"));
    // Rich text uses & for entities; only plain texts carry mnemonics.
    return !text.contains(QLatin1Char('<')) && !text.contains(QLatin1Char(';')) &&
           pattern.match(text).hasMatch();
}

} // namespace

TEST_CASE("Translations - a German system gets the German catalogue and Qt's own German")
{
    LanguageRestorer restore;
    REQUIRE(installTranslations(QLocale(QLocale::German, QLocale::Germany)) == u"de");
    REQUIRE(installTranslations(QLocale(QLocale::German, QLocale::Austria)) == u"de");

    test::TempDir dir;
    const auto window = openWindow(dir);
    const QStringList titles = menuTitles(*window);
    CHECK(titles.contains(u"Datei"));
    CHECK(titles.contains(u"Hilfe"));
    CHECK_FALSE(titles.contains(u"Help"));

    // Qt's standard buttons come from qtbase_de.qm (Debian's qt6-translations-l10n).
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == u"Abbrechen");
}

TEST_CASE("Translations - the default questions of the meeting are asked in German")
{
    LanguageRestorer restore;
    REQUIRE(installTranslations(QLocale(QLocale::German, QLocale::Germany)) == u"de");
    const QuestionBank german = loadQuestionBank(QSettings());
    CHECK(questionsOf(german, MeetingStage::Support).first() ==
          u"Wie kann ich Ihnen helfen, im nächsten Zeitraum ein großartiges Ergebnis zu "
          u"erzielen?");
    // An unedited stage is still stored as the defaults, so it follows the language.
    QSettings settings;
    saveQuestionBank(settings, german);
    CHECK_FALSE(settings.contains(questionBankKey(MeetingStage::Support)));
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(loadQuestionBank(settings).questions == defaultQuestionBank().questions);
}

TEST_CASE("Translations - English and unknown languages leave Reins in English")
{
    LanguageRestorer restore;
    for (const QLocale &locale :
         {QLocale(QLocale::English, QLocale::UnitedKingdom), QLocale(QLocale::French),
          QLocale(QLocale::Japanese), QLocale::c()}) {
        INFO(locale.name().toStdString());
        REQUIRE(installTranslations(locale) == u"en");
        test::TempDir dir;
        const auto window = openWindow(dir);
        const QStringList titles = menuTitles(*window);
        CHECK(titles.contains(u"File"));
        CHECK(titles.contains(u"Help"));
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == u"Cancel");
    }
}

TEST_CASE("Translations - counts take the plural form of the language")
{
    LanguageRestorer restore;
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(QCoreApplication::translate("reins::gui::CsvExportDialog", "%n session(s)", nullptr, 1) ==
          u"1 session");
    CHECK(QCoreApplication::translate("reins::gui::CsvExportDialog", "%n session(s)", nullptr, 3) ==
          u"3 sessions");
    installTranslations(QLocale(QLocale::German, QLocale::Germany));
    CHECK(QCoreApplication::translate("reins::gui::CsvExportDialog", "%n session(s)", nullptr, 1) ==
          u"1 Gespräch");
    CHECK(QCoreApplication::translate("reins::gui::CsvExportDialog", "%n session(s)", nullptr, 3) ==
          u"3 Gespräche");
}

TEST_CASE("Translations - every German message is translated and keeps its placeholders")
{
    const auto messages = readCatalogue(QStringLiteral(REINS_TRANSLATIONS_DIR "/reins_de.ts"));
    REQUIRE(messages.size() > 500);

    QStringList unfinished;
    QStringList placeholderMismatch;
    QStringList mnemonicLost;
    for (const Message &message : messages) {
        const bool empty = message.translations.isEmpty() ||
                           std::any_of(message.translations.begin(), message.translations.end(),
                                       [](const QString &text) { return text.isEmpty(); });
        if (!message.type.isEmpty() || empty) {
            unfinished << describe(message);
            continue;
        }
        for (const QString &translation : message.translations) {
            QStringList wanted = placeholders(message.source);
            QStringList got = placeholders(translation);
            // A plural form may spell out "one" instead of writing %n.
            if (message.translations.size() > 1) {
                wanted.removeAll(QStringLiteral("n"));
                got.removeAll(QStringLiteral("n"));
            }
            if (wanted != got)
                placeholderMismatch << describe(message) + QStringLiteral(" -> ") + translation;
            if (hasMnemonic(message.source) && !hasMnemonic(translation))
                mnemonicLost << describe(message) + QStringLiteral(" -> ") + translation;
        }
    }
    INFO("Unfinished, vanished or empty:\n" << unfinished.join(QLatin1Char('\n')).toStdString());
    CHECK(unfinished.isEmpty());
    INFO("Placeholders differ:\n" << placeholderMismatch.join(QLatin1Char('\n')).toStdString());
    CHECK(placeholderMismatch.isEmpty());
    INFO("Keyboard mnemonic lost:\n" << mnemonicLost.join(QLatin1Char('\n')).toStdString());
    CHECK(mnemonicLost.isEmpty());
}

TEST_CASE("Translations - amounts are grouped and dated the way the locale writes them")
{
    LanguageRestorer restore;
    const Amount amount{4'600'050};

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslations(QLocale());
    CHECK(amountText(amount, "EUR") == u"46,000.50 EUR");
    CHECK(amountText(Amount{4'600'000}, "EUR") == u"46,000 EUR");
    CHECK(formatDate(Date{std::chrono::year{2026}, std::chrono::October, std::chrono::day{12}}) ==
          u"12 Oct 2026");

    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    installTranslations(QLocale());
    CHECK(amountText(amount, "EUR") == u"46.000,50 EUR");
    CHECK(amountText(Amount{4'600'000}, "EUR") == u"46.000 EUR");
    CHECK(amountText(Amount{4'550}, "%") == u"45,5 %");
    CHECK(formatDate(Date{std::chrono::year{2026}, std::chrono::October, std::chrono::day{12}}) ==
          u"12. Okt. 2026");
}

TEST_CASE("Translations - the compare view groups result figures by the locale")
{
    LanguageRestorer restore;
    ComparisonCell cell;
    cell.text = "46000 EUR (92% of target)";
    cell.amount = Amount{4'600'000};
    cell.unit = "EUR";
    cell.attainmentPercent = 92;

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslations(QLocale());
    CHECK(ComparisonModel::cellValue(cell) == u"46,000 EUR (92% of target)");

    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    installTranslations(QLocale());
    CHECK(ComparisonModel::cellValue(cell).startsWith(u"46.000 EUR"));
}
