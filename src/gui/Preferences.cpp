#include "gui/Preferences.h"

#include "gui/QtConvert.h"
#include "gui/QuestionBankSettings.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace reins::gui {

namespace {

QString keyOf(const char *key)
{
    return QString::fromLatin1(key);
}

template <typename Enum>
Enum read(const QSettings &settings, const EnumSetting<Enum> &setting)
{
    const QVariant value = settings.value(keyOf(setting.key));
    if (value.typeId() != QMetaType::QString && value.typeId() != QMetaType::QByteArray)
        return setting.fallback;
    return fromKey<Enum>(toStdString(value.toString())).value_or(setting.fallback);
}

int read(const QSettings &settings, const IntSetting &setting)
{
    bool isNumber = false;
    const int value = settings.value(keyOf(setting.key)).toInt(&isNumber);
    if (!isNumber || value < setting.minimum || value > setting.maximum)
        return setting.fallback;
    return value;
}

QString read(const QSettings &settings, const TextSetting &setting)
{
    const QVariant value = settings.value(keyOf(setting.key));
    if (value.typeId() != QMetaType::QString && value.typeId() != QMetaType::QByteArray)
        return setting.fallback();
    const QString text = value.toString().trimmed();
    return setting.isValid(text) ? text : setting.fallback();
}

template <typename Enum>
void write(QSettings &settings, const EnumSetting<Enum> &setting, Enum value)
{
    settings.setValue(keyOf(setting.key), toQString(toKey(value)));
}

void write(QSettings &settings, const IntSetting &setting, int value)
{
    settings.setValue(keyOf(setting.key), value < setting.minimum || value > setting.maximum
                                              ? setting.fallback
                                              : value);
}

void write(QSettings &settings, const TextSetting &setting, const QString &value)
{
    const QString text = value.trimmed();
    settings.setValue(keyOf(setting.key), setting.isValid(text) ? text : setting.fallback());
}

} // namespace

QString defaultCurrency()
{
    const QString code = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    return isCurrencyCode(code) ? code : QStringLiteral("EUR");
}

QString defaultBackupFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups"));
}

bool isCurrencyCode(const QString &code)
{
    static const QRegularExpression threeLetters(QStringLiteral("^[A-Z]{3}$"));
    return threeLetters.match(code).hasMatch();
}

bool isBackupFolder(const QString &folder)
{
    return !folder.isEmpty() && QDir::isAbsolutePath(folder);
}

bool Preferences::operator==(const Preferences &other) const
{
    return role == other.role && defaultCadence == other.defaultCadence &&
           currency == other.currency && questions.questions == other.questions.questions &&
           backupFolder == other.backupFolder && keepDaily == other.keepDaily &&
           keepWeekly == other.keepWeekly && keepMonthly == other.keepMonthly;
}

Preferences defaultPreferences()
{
    Preferences preferences;
    preferences.currency = defaultCurrency();
    preferences.questions = localisedDefaultQuestionBank();
    preferences.backupFolder = defaultBackupFolder();
    return preferences;
}

Preferences loadPreferences(const QSettings &settings)
{
    namespace table = preferenceTable;
    // Values written by a newer Reins may mean something else.
    if (settings.value(keyOf(table::versionKey), table::version).toInt() > table::version)
        return defaultPreferences();
    Preferences preferences;
    preferences.role = read(settings, table::role);
    preferences.defaultCadence = read(settings, table::defaultCadence);
    preferences.currency = read(settings, table::currency);
    preferences.questions = loadQuestionBank(settings);
    preferences.backupFolder = read(settings, table::backupFolder);
    preferences.keepDaily = read(settings, table::keepDaily);
    preferences.keepWeekly = read(settings, table::keepWeekly);
    preferences.keepMonthly = read(settings, table::keepMonthly);
    return preferences;
}

Preferences loadPreferences()
{
    return loadPreferences(QSettings());
}

void savePreferences(QSettings &settings, const Preferences &preferences)
{
    namespace table = preferenceTable;
    write(settings, table::role, preferences.role);
    write(settings, table::defaultCadence, preferences.defaultCadence);
    write(settings, table::currency, preferences.currency);
    saveQuestionBank(settings, preferences.questions);
    write(settings, table::backupFolder, preferences.backupFolder);
    write(settings, table::keepDaily, preferences.keepDaily);
    write(settings, table::keepWeekly, preferences.keepWeekly);
    write(settings, table::keepMonthly, preferences.keepMonthly);
    settings.setValue(keyOf(table::versionKey), table::version);
}

void savePreferences(const Preferences &preferences)
{
    {
        QSettings settings;
        savePreferences(settings, preferences);
    }
    emit PreferencesNotifier::instance().changed();
}

PreferencesNotifier &PreferencesNotifier::instance()
{
    static PreferencesNotifier notifier;
    return notifier;
}

} // namespace reins::gui
