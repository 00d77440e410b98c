#include "gui/PrepImportDialog.h"
#include "ui_PrepImportDialog.h"

#include "gui/QtConvert.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <functional>

namespace reins::gui {

namespace {

constexpr int previewLines = 5;
constexpr int previewLineLength = 70;

QString shortened(QString text)
{
    text = text.simplified();
    if (text.size() > previewLineLength)
        text = text.left(previewLineLength - 1).trimmed() + QChar(0x2026);
    return text;
}

template <typename Item>
QStringList linesOf(const std::vector<Item> &items,
                    const std::function<QString(const Item &)> &line)
{
    QStringList lines;
    for (const Item &item : items)
        lines << line(item);
    return lines;
}

QString resultLine(const Result &result)
{
    QString line =
        metricName(result) + QStringLiteral(": ") + optionalAmountText(result.actual, result.unit);
    if (result.target) {
        line += QCoreApplication::translate("reins::gui", ", target %1")
                    .arg(amountText(*result.target, result.unit));
    }
    if (!result.comment.empty())
        line += QStringLiteral(" \u2014 ") + toQString(result.comment);
    return line;
}

QString factorLine(const Factor &factor)
{
    return QStringLiteral("%1: %2").arg(factorEffectName(factor.effect),
                                        toQString(factor.description));
}

QString upskillingLine(const Upskilling &upskilling)
{
    return QStringLiteral("%1: %2").arg(upskillingKindName(upskilling.kind),
                                        toQString(upskilling.title));
}

QString strategyLine(const Strategy &strategy)
{
    return QStringLiteral("%1: %2").arg(strategyChoiceName(strategy.choice),
                                        toQString(strategy.description));
}

QString actionLine(const Action &action)
{
    return toQString(action.description);
}

QStringList focusAndPlan(const std::string &focus, const std::vector<Action> &plan)
{
    QStringList lines{
        focus.empty()
            ? QCoreApplication::translate("reins::gui", "Focus: (none yet)")
            : QCoreApplication::translate("reins::gui", "Focus: %1").arg(toQString(focus))};
    return lines + linesOf<Action>(plan, actionLine);
}

QString skillName(const SessionRecord &record, Id skillId)
{
    for (const Skill &skill : record.skills) {
        if (skill.id == skillId)
            return toQString(skill.name);
    }
    return QCoreApplication::translate("reins::gui", "(a skill no longer listed)");
}

// A few lines of one side as rich text: the lines the other side does not have are shown
// first and in bold, so the difference is what the eye finds.
QString previewText(const QStringList &lines, const QStringList &other)
{
    if (lines.isEmpty())
        return QCoreApplication::translate("reins::gui", "<i>(nothing yet)</i>");
    std::vector<bool> differs;
    for (const QString &line : lines)
        differs.push_back(!other.contains(line));
    std::vector<bool> shown(lines.size(), false);
    int count = 0;
    for (const bool wanted : {true, false}) {
        for (qsizetype i = 0; i < lines.size() && count < previewLines; ++i) {
            if (differs[i] == wanted && !shown[i]) {
                shown[i] = true;
                ++count;
            }
        }
    }
    QStringList html;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!shown[i])
            continue;
        const QString text = shortened(lines[i]).toHtmlEscaped();
        html << (differs[i] ? QStringLiteral("\u2022 <b>%1</b>") : QStringLiteral("\u2022 %1"))
                    .arg(text);
    }
    if (lines.size() > count) {
        html << QCoreApplication::translate("reins::gui", "<i>and %1 more</i>")
                    .arg(lines.size() - count);
    }
    return html.join(QStringLiteral("<br>"));
}

} // namespace

QString prepPartName(PrepPart part)
{
    switch (part) {
    case PrepPart::Results:
        return QCoreApplication::translate("reins::gui", "Results");
    case PrepPart::SelfAudit:
        return QCoreApplication::translate("reins::gui", "Self-audit");
    case PrepPart::Gaps:
        return QCoreApplication::translate("reins::gui", "Gaps");
    case PrepPart::Factors:
        return QCoreApplication::translate("reins::gui", "Factors");
    case PrepPart::Upskilling:
        return QCoreApplication::translate("reins::gui", "Upskilling");
    case PrepPart::Strategies:
        return QCoreApplication::translate("reins::gui", "Strategies");
    case PrepPart::FocusAndPlan:
        return QCoreApplication::translate("reins::gui", "Focus and plan");
    }
    return toQString(displayName(part));
}

QStringList previewLinesOfPackage(const PrepPackage &package, PrepPart part)
{
    switch (part) {
    case PrepPart::Results:
        return linesOf<Result>(package.results, resultLine);
    case PrepPart::SelfAudit:
        return linesOf<PackagedRating>(package.skillRatings, [](const PackagedRating &r) {
            return QStringLiteral("%1: %2/5").arg(toQString(r.skillName)).arg(r.score);
        });
    case PrepPart::Gaps:
        return linesOf<PackagedGap>(
            package.gaps, [](const PackagedGap &gap) { return toQString(gap.description); });
    case PrepPart::Factors:
        return linesOf<Factor>(package.factors, factorLine);
    case PrepPart::Upskilling:
        return linesOf<Upskilling>(package.upskilling, upskillingLine);
    case PrepPart::Strategies:
        return linesOf<Strategy>(package.strategies, strategyLine);
    case PrepPart::FocusAndPlan:
        return focusAndPlan(package.focus, package.plan);
    }
    return {};
}

QStringList previewLinesOfRecord(const SessionRecord &record, PrepPart part)
{
    const SessionPrep &prep = record.prep;
    switch (part) {
    case PrepPart::Results:
        return linesOf<Result>(prep.results, resultLine);
    case PrepPart::SelfAudit:
        return linesOf<SkillRating>(prep.skillRatings, [&record](const SkillRating &r) {
            return QStringLiteral("%1: %2/5").arg(skillName(record, r.skillId)).arg(r.score);
        });
    case PrepPart::Gaps:
        return linesOf<Gap>(prep.gaps, [](const Gap &gap) { return toQString(gap.description); });
    case PrepPart::Factors:
        return linesOf<Factor>(prep.factors, factorLine);
    case PrepPart::Upskilling:
        return linesOf<Upskilling>(prep.upskilling, upskillingLine);
    case PrepPart::Strategies:
        return linesOf<Strategy>(prep.strategies, strategyLine);
    case PrepPart::FocusAndPlan:
        return focusAndPlan(record.session.focus, record.plan);
    }
    return {};
}

PrepImportDialog::PrepImportDialog(const PrepPackage &package, const PrepImportPlan &plan,
                                   const SessionRecord &current, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PrepImportDialog>())
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->titleLabel->setText(
        tr("%1's preparation for the meeting on %2")
            .arg(toQString(package.salespersonName), formatDate(package.meetingDate)));

    QGridLayout *grid = m_ui->partsLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    const QString mineHeading = tr("In this database");
    const QString theirsHeading = tr("In the package");
    int row = 0;
    for (const QString &heading : {mineHeading, theirsHeading}) {
        auto *label = new QLabel(heading, m_ui->partsWidget);
        label->setFont(bold);
        label->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(label, row, heading == mineHeading ? 1 : 2);
    }
    ++row;

    QWidget *lastChoice = nullptr;
    for (const PrepPart part : plan.differingParts) {
        auto *line = new QFrame(m_ui->partsWidget);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);
        grid->addWidget(line, row++, 0, 1, 3);

        auto *choiceBox = new QWidget(m_ui->partsWidget);
        auto *choiceLayout = new QVBoxLayout(choiceBox);
        choiceLayout->setContentsMargins(0, 0, 0, 0);
        auto *name = new QLabel(prepPartName(part), choiceBox);
        name->setFont(bold);
        choiceLayout->addWidget(name);
        Choice choice;
        choice.keep = new QRadioButton(tr("Keep mine"), choiceBox);
        choice.take = new QRadioButton(tr("Take from the package"), choiceBox);
        choice.keep->setChecked(true);
        // Said aloud, each choice names its part: every part offers the same two.
        choice.keep->setAccessibleName(tr("%1: keep mine").arg(prepPartName(part)));
        choice.take->setAccessibleName(tr("%1: take from the package").arg(prepPartName(part)));
        auto *group = new QButtonGroup(choiceBox);
        group->addButton(choice.keep);
        group->addButton(choice.take);
        choiceLayout->addWidget(choice.keep);
        choiceLayout->addWidget(choice.take);
        choiceLayout->addStretch(1);
        grid->addWidget(choiceBox, row, 0, Qt::AlignTop);

        const auto addPreview = [&](const QString &text, int column) {
            auto *preview = new QLabel(text, m_ui->partsWidget);
            preview->setTextFormat(Qt::RichText);
            preview->setWordWrap(true);
            preview->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
            grid->addWidget(preview, row, column);
        };
        const QStringList mine = previewLinesOfRecord(current, part);
        const QStringList theirs = previewLinesOfPackage(package, part);
        addPreview(previewText(mine, theirs), 1);
        addPreview(previewText(theirs, mine), 2);
        m_choices[part] = choice;
        lastChoice = choice.take;
        ++row;
    }
    grid->setRowStretch(row, 1);
    // The choices are made after the form; Tab reaches them before Import and Cancel.
    if (lastChoice)
        QWidget::setTabOrder(lastChoice, m_ui->buttonBox);

    QStringList added;
    for (const PrepPart part : plan.newParts)
        added << prepPartName(part);
    if (added.isEmpty()) {
        m_ui->newPartsLabel->hide();
    } else {
        m_ui->newPartsLabel->setText(tr("Also imported, as this session has none yet: %1.")
                                         .arg(QLocale().createSeparatedList(added)));
    }

    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PrepImportDialog::~PrepImportDialog() = default;

std::set<PrepPart> PrepImportDialog::partsToTake() const
{
    std::set<PrepPart> take;
    for (const auto &[part, choice] : m_choices) {
        if (choice.take->isChecked())
            take.insert(part);
    }
    return take;
}

QRadioButton *PrepImportDialog::keepButton(PrepPart part) const
{
    const auto found = m_choices.find(part);
    return found == m_choices.end() ? nullptr : found->second.keep;
}

QRadioButton *PrepImportDialog::takeButton(PrepPart part) const
{
    const auto found = m_choices.find(part);
    return found == m_choices.end() ? nullptr : found->second.take;
}

} // namespace reins::gui
