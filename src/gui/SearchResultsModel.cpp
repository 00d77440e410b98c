#include "gui/SearchResultsModel.h"

#include "gui/QtConvert.h"

namespace reins::gui {

QString searchPartName(std::string_view part)
{
    constexpr std::string_view notePrefix = "meeting note:";
    if (part.substr(0, notePrefix.size()) == notePrefix) {
        const auto stage = fromKey<MeetingStage>(part.substr(notePrefix.size()));
        return stage ? QObject::tr("Meeting note (%1)").arg(meetingStageName(*stage).toLower())
                     : QObject::tr("Meeting note");
    }
    if (part == "gap")
        return QObject::tr("Gap");
    if (part == "factor")
        return QObject::tr("Factor");
    if (part == "action")
        return QObject::tr("Action");
    if (part == "focus")
        return QObject::tr("Focus");
    if (part == "result")
        return QObject::tr("Result comment");
    if (part == "self-audit")
        return QObject::tr("Self-audit evidence");
    if (part == "upskilling")
        return QObject::tr("Upskilling");
    if (part == "strategy")
        return QObject::tr("Strategy");
    if (part == "action review")
        return QObject::tr("Action review");
    return toQString(part);
}

std::optional<SessionStep> stepForSearchPart(std::string_view part)
{
    constexpr std::string_view notePrefix = "meeting note:";
    if (part.substr(0, notePrefix.size()) == notePrefix) {
        const auto stage = fromKey<MeetingStage>(part.substr(notePrefix.size()));
        if (!stage)
            return std::nullopt;
        switch (*stage) {
        case MeetingStage::Acknowledge:
            return SessionStep::Acknowledge;
        case MeetingStage::Explore:
            return SessionStep::Explore;
        case MeetingStage::Plan:
            return SessionStep::Plan;
        case MeetingStage::Support:
            return SessionStep::Support;
        }
        return std::nullopt;
    }
    if (part == "gap")
        return SessionStep::Gaps;
    if (part == "factor")
        return SessionStep::Factors;
    if (part == "action" || part == "focus")
        return SessionStep::FocusAndPlan;
    if (part == "result")
        return SessionStep::Results;
    if (part == "self-audit")
        return SessionStep::SelfAudit;
    if (part == "upskilling")
        return SessionStep::Upskilling;
    if (part == "strategy")
        return SessionStep::Strategies;
    if (part == "action review")
        return SessionStep::LastTime;
    return std::nullopt;
}

QString snippetHtml(const std::string &snippet)
{
    QString html;
    std::string plain;
    auto flush = [&] {
        html += toQString(plain).toHtmlEscaped();
        plain.clear();
    };
    for (const char c : snippet) {
        if (c == searchMatchStart) {
            flush();
            html += QStringLiteral("<b style=\"background-color:#ffe98a; color:#1a1a1a\">");
        } else if (c == searchMatchEnd) {
            flush();
            html += QStringLiteral("</b>");
        } else if (c == '\n') {
            flush();
            html += QStringLiteral(" \u2014 ");
        } else {
            plain += c;
        }
    }
    flush();
    return html;
}

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void SearchResultsModel::setHits(std::vector<SearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    const SearchHit &hit = m_hits[static_cast<std::size_t>(index.row())];
    const QString heading = QStringLiteral("%1 \u00b7 %2 \u00b7 %3")
                                .arg(toQString(hit.salespersonName), formatDate(hit.meetingDate),
                                     searchPartName(hit.part));
    switch (role) {
    case Qt::DisplayRole: {
        QString snippet = toQString(hit.snippet);
        snippet.remove(QLatin1Char(searchMatchStart)).remove(QLatin1Char(searchMatchEnd));
        snippet.replace(QLatin1Char('\n'), QStringLiteral(" \u2014 "));
        return heading + QLatin1Char('\n') + snippet;
    }
    case Qt::ToolTipRole:
        return hit.isPrivate ? tr("A private note: only in the manager's view.")
                             : tr("Open the session at this part.");
    case SessionIdRole:
        return QVariant::fromValue<qint64>(hit.sessionId);
    case StepRole: {
        const auto step = stepForSearchPart(hit.part);
        return step ? static_cast<int>(*step) : -1;
    }
    case HeadingRole:
        return heading;
    case SnippetHtmlRole:
        return snippetHtml(hit.snippet);
    case PrivateRole:
        return hit.isPrivate;
    default:
        return {};
    }
}

} // namespace reins::gui
