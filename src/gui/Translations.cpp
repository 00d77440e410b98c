#include "gui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace reins::gui {

namespace {

// Reins' own catalogue and Qt's, kept for the life of the process: the application only
// holds pointers to installed translators.
struct InstalledTranslators {
    std::unique_ptr<QTranslator> reins;
    std::unique_ptr<QTranslator> qt;
};

InstalledTranslators &installed()
{
    static InstalledTranslators translators;
    return translators;
}

void replace(std::unique_ptr<QTranslator> &slot, std::unique_ptr<QTranslator> translator)
{
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::move(translator);
    if (slot)
        QCoreApplication::installTranslator(slot.get());
}

} // namespace

QString installTranslations(const QLocale &locale)
{
    const QString prefix = QStringLiteral("reins");
    const QString separator = QStringLiteral("_");
    const QString folder = QStringLiteral(":/i18n");

    // Tries each of the locale's UI languages in turn (de-AT, then de, …).
    auto reins = std::make_unique<QTranslator>();
    if (!reins->load(locale, prefix, separator, folder)) {
        // English needs its catalogue too, for the plural forms of the %n messages.
        if (!reins->load(prefix + separator + QStringLiteral("en"), folder))
            reins.reset();
    }
    const QString language = reins && !reins->language().isEmpty()
                                 ? QLocale(reins->language()).name().section(QLatin1Char('_'), 0, 0)
                                 : QStringLiteral("en");

    std::unique_ptr<QTranslator> qt;
    if (language != QLatin1String("en")) {
        qt = std::make_unique<QTranslator>();
        if (!qt->load(QLocale(language), QStringLiteral("qtbase"), separator,
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qt.reset();
    }

    replace(installed().reins, std::move(reins));
    replace(installed().qt, std::move(qt));
    return language;
}

} // namespace reins::gui
