#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/PrepImport.h"
#include "reins/SessionSummary.h"

#include <map>
#include <memory>
#include <set>
#endif

#include <QDialog>
#include <QStringList>

namespace Ui {
class PrepImportDialog;
}

class QRadioButton;

namespace reins::gui {

// Shows, for each part of the preparation that this database already holds differently,
// a short preview of both versions and asks which to keep: "Keep mine" (the default, so
// nothing is overwritten by accident) or "Take from the package".
class PrepImportDialog final : public QDialog {
    Q_OBJECT

public:
    // `current` is the session as this database holds it.
    PrepImportDialog(const PrepPackage &package, const PrepImportPlan &plan,
                     const SessionRecord &current, QWidget *parent = nullptr);
    ~PrepImportDialog() override;

    // The differing parts to take from the package.
    [[nodiscard]] std::set<PrepPart> partsToTake() const;

    [[nodiscard]] QRadioButton *keepButton(PrepPart part) const;
    [[nodiscard]] QRadioButton *takeButton(PrepPart part) const;

private:
    struct Choice {
        QRadioButton *keep = nullptr;
        QRadioButton *take = nullptr;
    };

    std::unique_ptr<Ui::PrepImportDialog> m_ui;
    std::map<PrepPart, Choice> m_choices;
};

// What a part holds, one line per item, as the dialog previews it.
[[nodiscard]] QStringList previewLinesOfPackage(const PrepPackage &package, PrepPart part);
[[nodiscard]] QStringList previewLinesOfRecord(const SessionRecord &record, PrepPart part);

// The part's name as people read it ("Self-audit").
[[nodiscard]] QString prepPartName(PrepPart part);

} // namespace reins::gui
