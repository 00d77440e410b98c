#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include <memory>
#endif

#include <QUrl>
#include <QWidget>

namespace Ui {
class HelpWindow;
}

namespace reins::gui {

class HelpBrowser;

// The user guide (docs/user-guide.md with its screenshots, compiled into Reins) in a small
// window of its own beside the work, with back and forward.
class HelpWindow final : public QWidget {
    Q_OBJECT

public:
    // Where the guide lives among the compiled-in resources.
    static QUrl guideUrl();

    explicit HelpWindow(QWidget *parent = nullptr);
    ~HelpWindow() override;

    [[nodiscard]] HelpBrowser *browser() const;

private:
    std::unique_ptr<Ui::HelpWindow> m_ui;
};

} // namespace reins::gui
