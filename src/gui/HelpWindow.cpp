#include "gui/HelpWindow.h"
#include "ui_HelpWindow.h"

#include "gui/HelpBrowser.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QStyle>
#include <QTextDocument>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initHelpResources()
{
    Q_INIT_RESOURCE(help);
}

namespace reins::gui {

QUrl HelpWindow::guideUrl()
{
    return QUrl(QStringLiteral("qrc:/help/user-guide.md"));
}

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HelpWindow>())
{
    static const bool initialised = [] {
        initHelpResources();
        return true;
    }();
    (void)initialised;

    m_ui->setupUi(this);
    setWindowFlag(Qt::Window);
    setWindowIcon(QIcon(QStringLiteral(":/icons/reins.svg")));
    m_ui->backButton->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_ui->forwardButton->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_ui->homeButton->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
    m_ui->backButton->setEnabled(false);
    m_ui->forwardButton->setEnabled(false);

    HelpBrowser *browser = m_ui->browser;
    connect(m_ui->backButton, &QToolButton::clicked, browser, &QTextBrowser::backward);
    connect(m_ui->forwardButton, &QToolButton::clicked, browser, &QTextBrowser::forward);
    connect(m_ui->homeButton, &QToolButton::clicked, browser,
            [browser] { browser->setSource(guideUrl(), QTextDocument::MarkdownResource); });
    connect(browser, &QTextBrowser::backwardAvailable, m_ui->backButton, &QWidget::setEnabled);
    connect(browser, &QTextBrowser::forwardAvailable, m_ui->forwardButton, &QWidget::setEnabled);

    auto *back = new QAction(tr("Back"), this);
    back->setShortcuts(QKeySequence::Back);
    connect(back, &QAction::triggered, browser, &QTextBrowser::backward);
    auto *forward = new QAction(tr("Forward"), this);
    forward->setShortcuts(QKeySequence::Forward);
    connect(forward, &QAction::triggered, browser, &QTextBrowser::forward);
    auto *close = new QAction(tr("Close"), this);
    close->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::Key_Escape)});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addActions({back, forward, close});

    browser->setSource(guideUrl(), QTextDocument::MarkdownResource);
}

HelpWindow::~HelpWindow() = default;

HelpBrowser *HelpWindow::browser() const
{
    return m_ui->browser;
}

} // namespace reins::gui
