#include "sync/compensationlabels.h"

#include "core/money.h"
#include "sync/vocabularylabels.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace warmline::sync {

// Shared by widgets and models, so the texts have a context of their own.

using core::CompensationStatus;
using core::Money;

namespace {

QString money(Money amount)
{
    return core::formatMoney(amount, QLocale());
}

QString when(qint64 ms)
{
    return dateTimeLabel(ms);
}

} // namespace

QString remediesText(const QList<core::Remedy> &remedies)
{
    QStringList parts;
    for (const core::Remedy &remedy : remedies) {
        QString part = resolutionLabel(core::remedyKey(remedy.kind)) + QLatin1Char(' ') + money(remedy.cost);
        if (remedy.kind == core::RemedyKind::Points)
            part = QCoreApplication::translate("Compensation", "%1 points (%2)")
                       .arg(QLocale().toString(remedy.points), money(remedy.cost));
        parts.append(part);
    }
    return parts.join(QStringLiteral(" + "));
}

QString compensationStateText(const core::Compensation &c)
{
    const QString given = remediesText(c.remedies);
    switch (c.status) {
    case CompensationStatus::Effective:
        if (c.kind == core::CompensationKind::Offer)
            return QCoreApplication::translate("Compensation",
                                               "Customer chose: %1 (%2). They may switch until %3.")
                .arg(given, money(c.amount), when(c.switchDeadlineMs));
        return QCoreApplication::translate("Compensation", "Effective: %1 (%2), decided by %3.")
            .arg(given, money(c.amount), c.agentName);
    case CompensationStatus::PendingApproval:
        return (c.escalated
                    ? QCoreApplication::translate(
                          "Compensation", "Waiting for a supervisor (escalated): %1 (%2), asked by %3.")
                    : QCoreApplication::translate("Compensation",
                                                  "Waiting for a supervisor: %1 (%2), asked by %3."))
            .arg(given, money(c.amount), c.agentName);
    case CompensationStatus::Approved: {
        QString text = c.amount != c.requestedAmount
                           ? QCoreApplication::translate("Compensation",
                                                         "Approved with changes by %1: %2 (%3; asked %4).")
                                 .arg(c.approverName, given, money(c.amount), money(c.requestedAmount))
                           : QCoreApplication::translate("Compensation", "Approved by %1: %2 (%3).")
                                 .arg(c.approverName, given, money(c.amount));
        if (!c.approverComment.isEmpty())
            text +=
                QLatin1Char(' ') + QCoreApplication::translate("Compensation", "“%1”").arg(c.approverComment);
        return text;
    }
    case CompensationStatus::Rejected:
        return QCoreApplication::translate("Compensation", "Rejected by %1: “%2”. Nothing was given.")
            .arg(c.approverName, c.approverComment);
    case CompensationStatus::Offered: {
        QStringList options;
        for (qsizetype i = 0; i < c.options.size(); ++i)
            options.append(QStringLiteral("%1) %2").arg(i + 1).arg(remediesText(c.options.at(i))));
        return QCoreApplication::translate("Compensation",
                                           "Offered to the customer, waiting for their choice: %1")
            .arg(options.join(QStringLiteral("  ")));
    }
    case CompensationStatus::Switched:
        return QCoreApplication::translate("Compensation", "Customer switched from %1 to %2 (%3).")
            .arg(c.previousIndex >= 0 && c.previousIndex < c.options.size()
                     ? remediesText(c.options.at(c.previousIndex))
                     : QString(),
                 given, money(c.amount));
    }
    return {};
}

} // namespace warmline::sync
