#pragma once

// This machine's preferences as one typed table: where each is kept in QSettings, its type,
// its default and the values it may take. A value that is missing, of the wrong kind or out
// of range reads as the default, so a hand-edited or damaged settings file never leaves
// Reins with a setting it cannot use.

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Coaching.h"
#include "reins/Domain.h"
#include "reins/storage/Backup.h"
#endif

#include <QObject>
#include <QString>

class QSettings;

namespace reins::gui {

// A setting held as one of an enum's keys ("manager", "monthly").
template <typename Enum>
struct EnumSetting {
    const char *key;
    Enum fallback;
};

// A whole number within [minimum, maximum].
struct IntSetting {
    const char *key;
    int fallback;
    int minimum;
    int maximum;
};

// A text whose default depends on the machine (its locale, its folders).
struct TextSetting {
    const char *key;
    QString (*fallback)();
    bool (*isValid)(const QString &value);
};

// The three-letter code of the locale's currency, or EUR when the locale has none.
[[nodiscard]] QString defaultCurrency();
// The app-data folder's "backups".
[[nodiscard]] QString defaultBackupFolder();
// Three letters A–Z, as ISO 4217 codes are written.
[[nodiscard]] bool isCurrencyCode(const QString &code);
// An absolute path; where backups go must not depend on the working folder.
[[nodiscard]] bool isBackupFolder(const QString &folder);

// Every preference, in the order the dialog shows them. The question bank keeps its own
// keys (meeting/questions/<stage>, see QuestionBankSettings.h).
namespace preferenceTable {

// Raise when a stored value changes meaning; a newer file's values are read as defaults.
inline constexpr const char *versionKey = "preferences/version";
inline constexpr int version = 1;

// Which view this machine starts in: a manager's machine shows private notes in search.
inline constexpr EnumSetting<Role> role{"machine/role", Role::Manager};
// The cadence a salesperson's first session proposes; later ones follow the previous one.
inline constexpr EnumSetting<Cadence> defaultCadence{"sessions/defaultCadence", Cadence::Monthly};
// The unit new revenue results and imported sales records start with.
inline constexpr TextSetting currency{"sales/currency", &defaultCurrency, &isCurrencyCode};
inline constexpr TextSetting backupFolder{"backup/folder", &defaultBackupFolder, &isBackupFolder};
// The newest backup of this many recent days, weeks and months is kept. At least one
// daily backup, so the newest is never pruned.
inline constexpr IntSetting keepDaily{"backup/keepDaily", storage::BackupRetention{}.daily, 1, 365};
inline constexpr IntSetting keepWeekly{"backup/keepWeekly", storage::BackupRetention{}.weekly, 0,
                                       260};
inline constexpr IntSetting keepMonthly{"backup/keepMonthly", storage::BackupRetention{}.monthly, 0,
                                        240};

} // namespace preferenceTable

struct Preferences {
    Role role = preferenceTable::role.fallback;
    Cadence defaultCadence = preferenceTable::defaultCadence.fallback;
    QString currency;
    QuestionBank questions;
    QString backupFolder;
    int keepDaily = preferenceTable::keepDaily.fallback;
    int keepWeekly = preferenceTable::keepWeekly.fallback;
    int keepMonthly = preferenceTable::keepMonthly.fallback;

    [[nodiscard]] storage::BackupRetention retention() const
    {
        return {keepDaily, keepWeekly, keepMonthly};
    }
    [[nodiscard]] bool operator==(const Preferences &other) const;
};

[[nodiscard]] Preferences defaultPreferences();
// Reads every preference, each falling back to its default when missing or invalid.
[[nodiscard]] Preferences loadPreferences(const QSettings &settings);
[[nodiscard]] Preferences loadPreferences();
// Writes every preference (a value equal to its default too, so a later change of a
// machine-dependent default such as the locale's currency does not change it silently).
void savePreferences(QSettings &settings, const Preferences &preferences);
// Writes to the application's settings and tells the open windows.
void savePreferences(const Preferences &preferences);

// Announces saved preferences, so open windows follow them without a restart.
class PreferencesNotifier final : public QObject {
    Q_OBJECT

public:
    [[nodiscard]] static PreferencesNotifier &instance();

signals:
    void changed();

private:
    PreferencesNotifier() = default;
};

} // namespace reins::gui
