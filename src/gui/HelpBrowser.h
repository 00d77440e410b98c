#pragma once

#include <QTextBrowser>

namespace reins::gui {

// A text browser for the user guide: its screenshots are scaled down to the width of a
// reading column, so a picture of a wide window never needs a horizontal scroll bar.
class HelpBrowser final : public QTextBrowser {
    Q_OBJECT

public:
    // Widest an image is shown, in device-independent pixels.
    static constexpr int maxImageWidth = 760;

    explicit HelpBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace reins::gui
