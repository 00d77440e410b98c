#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/SessionSummary.h"

#include <memory>
#endif

#include <QDialog>

namespace Ui {
class SummaryOptionsDialog;
}

namespace reins::gui {

// Asks who a summary is for (the salesperson's version, without private notes, is the
// default) and, for an export, whether to write a PDF or Markdown.
class SummaryOptionsDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Purpose { Export, Print };
    enum class Format { Pdf, Markdown };

    SummaryOptionsDialog(Purpose purpose, const QString &sessionText, QWidget *parent = nullptr);
    ~SummaryOptionsDialog() override;

    [[nodiscard]] Audience audience() const;
    void setAudience(Audience audience);
    [[nodiscard]] Format format() const;
    void setFormat(Format format);

private:
    std::unique_ptr<Ui::SummaryOptionsDialog> m_ui;
};

} // namespace reins::gui
