#include "core/masking.h"

#include <algorithm>
#include <QRegularExpression>

namespace warmline::core {

namespace {

using Kind = PersonalDataMasker::Kind;

constexpr auto unicode = QRegularExpression::UseUnicodePropertiesOption;

// Replaces every match of `pattern` (or only its capture group `group`) with `placeholder`. A match
// with fewer than `minDigits` digits is left alone (a short number is a quantity, not a phone).
QString replaceAll(const QString &text, const QRegularExpression &pattern, const QString &placeholder,
                   int group = 0, int minDigits = 0)
{
    QString result;
    qsizetype copied = 0;
    auto matches = pattern.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        if (match.capturedStart(group) < 0)
            continue;
        if (minDigits > 0) {
            const QString captured = match.captured(group);
            const auto digits =
                std::count_if(captured.cbegin(), captured.cend(), [](QChar c) { return c.isDigit(); });
            if (digits < minDigits)
                continue;
        }
        result += QStringView(text).mid(copied, match.capturedStart(group) - copied);
        result += placeholder;
        copied = match.capturedEnd(group);
    }
    if (copied == 0)
        return text;
    result += QStringView(text).mid(copied);
    return result;
}

bool isHan(const QString &text)
{
    return !text.isEmpty() &&
           std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Han; });
}

// A known value as it may be written: Latin letters in any case, never inside a longer word.
QRegularExpression literal(const QString &value)
{
    const QString escaped = QRegularExpression::escape(value);
    if (isHan(value))
        return QRegularExpression(escaped, unicode);
    return QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])").arg(escaped),
                              unicode | QRegularExpression::CaseInsensitiveOption);
}

// The customer's own number however it is typed: any separators, with or without a country code
// or a trunk 0 in front.
QRegularExpression knownPhone(const QString &phone)
{
    QString digits;
    for (QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.size() < 7)
        return {};
    // The national number: what follows a country code of one to three digits is enough to know it.
    const QString national = digits.right(std::min<qsizetype>(digits.size(), 9));
    QStringList parts;
    for (QChar digit : national)
        parts.append(QString(digit));
    return QRegularExpression(
        QStringLiteral("(?<!\\d)(?:(?:\\+|00)?\\d{1,3}[\\s.-]?)?(?:\\(?0\\)?)?\\d{0,3}[\\s.-]?%1(?!\\d)")
            .arg(parts.join(QStringLiteral("[\\s().-]{0,2}"))));
}

// Han characters that start or join sentences, never the first character of a place name: an
// address pattern must not swallow "住在" or "寄到" in front of it.
const QString kPlaceHan = QStringLiteral(
    "[^\\P{Han}是在住到寄送址的我你他她请于至往发给从和与就还也都要把被让了吗呢吧啊改换填写成为]");

const QList<QPair<Kind, QRegularExpression>> &patterns()
{
    static const QList<QPair<Kind, QRegularExpression>> list = [] {
        QList<QPair<Kind, QRegularExpression>> p;
        const QString h = kPlaceHan;
        // Chinese address: optional province / city / district, then a street and its number and
        // the building, unit and room; or a residential compound with its building and room.
        const QString region = QStringLiteral("(?:%1{2,6}?(?:省|自治区|市|区|县|镇|乡|街道))*").arg(h);
        const QString rooms =
            QStringLiteral("(?:\\s*[0-9０-９]+\\s*(?:号楼|栋|幢|座|楼|单元|层|室|号)|[A-Za-z]座)*");
        p.append({Kind::Address,
                  QRegularExpression(
                      QStringLiteral("%1%2{1,8}?(?:大道|大街|路|街|巷|弄|胡同|道)\\s*[0-9０-９一二三四五"
                                     "六七八九十百]+\\s*号%3")
                          .arg(region, h, rooms),
                      unicode)});
        p.append(
            {Kind::Address,
             QRegularExpression(QStringLiteral("%1%2{2,8}?(?:小区|花园|公寓|大厦|家园|新村|苑)(?:\\s*[0-9０-"
                                               "９]+\\s*(?:号楼|栋|幢|座|单元|层|室|号))+")
                                    .arg(region, h),
                                unicode)});
        // English street address: "221B Baker Street", "1600 Pennsylvania Ave NW, Apt 4".
        p.append({Kind::Address,
                  QRegularExpression(
                      QStringLiteral(
                          "(?<![\\w-])\\d{1,5}[A-Za-z]?\\s+(?:[A-Z][A-Za-z'.-]*\\s+){1,4}"
                          "(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|"
                          "Place|Pl|Close|Crescent|Terrace|Square|Sq|Parkway|Pkwy|Highway|Hwy|Row|Gardens)"
                          "\\b\\.?(?:\\s+(?:N|S|E|W|NE|NW|SE|SW)\\b)?"
                          "(?:,?\\s*(?:Apt|Apartment|Flat|Unit|Suite|Ste)\\.?\\s*#?[A-Za-z0-9-]+)?"),
                      unicode)});
        p.append({Kind::Address, QRegularExpression(QStringLiteral(
                                     "(?:Apt|Apartment|Flat|Unit|Suite)\\.?\\s*#?\\d+[A-Za-z]?\\b"))});
        // UK postcodes and US ZIP codes after a state.
        p.append(
            {Kind::Address, QRegularExpression(QStringLiteral(
                                "(?<![A-Za-z0-9])[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}(?![A-Za-z0-9])"))});
        p.append({Kind::Address,
                  QRegularExpression(QStringLiteral("(?<![A-Za-z])[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?(?!\\d)"))});
        return p;
    }();
    return list;
}

} // namespace

PersonalDataMasker::PersonalDataMasker(PersonalData known)
    : m_known(std::move(known))
    , m_chinese(m_known.locale.isEmpty() || m_known.locale.startsWith(QLatin1String("zh")))
{
}

QString PersonalDataMasker::placeholder(Kind kind) const
{
    switch (kind) {
    case Kind::Name:
        return m_chinese ? QStringLiteral("【姓名】") : QStringLiteral("[name]");
    case Kind::Phone:
        return m_chinese ? QStringLiteral("【电话】") : QStringLiteral("[phone]");
    case Kind::Email:
        return m_chinese ? QStringLiteral("【邮箱】") : QStringLiteral("[email]");
    case Kind::Address:
        return m_chinese ? QStringLiteral("【地址】") : QStringLiteral("[address]");
    case Kind::OrderNo:
        return m_chinese ? QStringLiteral("【订单号】") : QStringLiteral("[order no.]");
    case Kind::Number:
        return m_chinese ? QStringLiteral("【号码】") : QStringLiteral("[number]");
    }
    return {};
}

QString PersonalDataMasker::mask(const QString &input) const
{
    QString text = input;
    // E-mail first: an address holds names and digits the later steps would cut in pieces.
    if (!m_known.email.isEmpty())
        text = replaceAll(text, literal(m_known.email), placeholder(Kind::Email));
    static const QRegularExpression email(
        QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"));
    text = replaceAll(text, email, placeholder(Kind::Email));

    // Order numbers: the customer's own, Warmline's form (WL + date + 8 digits), and whatever
    // follows the words "order number".
    QStringList orderNos = m_known.orderNos;
    std::sort(orderNos.begin(), orderNos.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &orderNo : std::as_const(orderNos)) {
        if (!orderNo.trimmed().isEmpty())
            text = replaceAll(text, literal(orderNo.trimmed()), placeholder(Kind::OrderNo));
    }
    static const QRegularExpression warmlineOrder(
        QStringLiteral("(?<![A-Za-z0-9])WL\\d{12,20}(?![A-Za-z0-9])"),
        QRegularExpression::CaseInsensitiveOption);
    text = replaceAll(text, warmlineOrder, placeholder(Kind::OrderNo));
    static const QRegularExpression namedOrder(
        QStringLiteral("(?:订单编?号|订单|单号|运单号|快递单号|order\\s*(?:no\\.?|number|num|#|id)?|"
                       "tracking\\s*(?:no\\.?|number)?)"
                       "\\s*(?:is|是|为)?\\s*[:：#]?\\s*([A-Za-z]{0,4}[0-9][A-Za-z0-9-]{5,})"),
        unicode | QRegularExpression::CaseInsensitiveOption);
    text = replaceAll(text, namedOrder, placeholder(Kind::OrderNo), 1, 5);

    // Phone numbers: the customer's own in any spelling, then Chinese mobiles (+86 or not, spaced
    // or not), landlines, international and North American numbers.
    if (const QRegularExpression own = knownPhone(m_known.phone); own.isValid() && !own.pattern().isEmpty())
        text = replaceAll(text, own, placeholder(Kind::Phone));
    static const QList<QRegularExpression> phones{
        QRegularExpression(
            QStringLiteral("(?<!\\d)(?:(?:\\+|00)?86[\\s-]?)?1[3-9]\\d[\\s-]?\\d{4}[\\s-]?\\d{4}(?!\\d)")),
        QRegularExpression(QStringLiteral("(?<![\\w+])\\+\\d{1,3}(?:[\\s.-]?\\(?\\d{1,5}\\)?){2,5}(?!\\d)")),
        QRegularExpression(QStringLiteral("(?<!\\d)(?:\\(0\\d{2,3}\\)|0\\d{2,3})[\\s-]?\\d{7,8}(?!\\d)")),
        QRegularExpression(QStringLiteral("(?<!\\d)0\\d{4}\\s?\\d{6}(?!\\d)")),
        QRegularExpression(QStringLiteral("(?<![\\d-])\\(?\\d{3}\\)?[\\s.-]\\d{3}[\\s.-]\\d{4}(?!\\d)")),
    };
    for (const QRegularExpression &phone : phones)
        text = replaceAll(text, phone, placeholder(Kind::Phone), 0, 7);

    // Addresses.
    for (const auto &[kind, pattern] : patterns())
        text = replaceAll(text, pattern, placeholder(kind));

    // Any other long number (an ID card, a bank card, another shop's order): it identifies someone.
    static const QRegularExpression longNumber(
        QStringLiteral("(?<![A-Za-z0-9])\\d{11,}[Xx]?(?![A-Za-z0-9])"));
    text = replaceAll(text, longNumber, placeholder(Kind::Number));

    // Names last: the full name, then its parts where they still name the person.
    const QString name = m_known.name.trimmed();
    if (!name.isEmpty()) {
        text = replaceAll(text, literal(name), placeholder(Kind::Name));
        if (isHan(name) && name.size() >= 2) {
            // 王女士, 王先生: the surname with a form of address; 芳芳 for 王芳芳 (a one-character
            // given name alone is too common a character to mask).
            const QString surname = name.left(name.size() >= 4 ? 2 : 1);
            text = replaceAll(
                text,
                QRegularExpression(QRegularExpression::escape(surname) +
                                       QStringLiteral("(?:先生|女士|小姐|太太|老师|阿姨|大爷|师傅|总)"),
                                   unicode),
                placeholder(Kind::Name));
            const QString given = name.mid(surname.size());
            if (given.size() >= 2)
                text = replaceAll(text, literal(given), placeholder(Kind::Name));
        } else {
            const QStringList parts = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (parts.size() >= 2) {
                const QString last = parts.constLast();
                text = replaceAll(
                    text,
                    QRegularExpression(QStringLiteral("\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+%1(?![\\p{L}])")
                                           .arg(QRegularExpression::escape(last)),
                                       unicode | QRegularExpression::CaseInsensitiveOption),
                    placeholder(Kind::Name));
                for (const QString &part : parts) {
                    if (part.size() >= 2)
                        text = replaceAll(text, literal(part), placeholder(Kind::Name));
                }
            }
        }
    }
    // Forms of address with a common surname, for names the server does not know (a relative).
    static const QRegularExpression addressedChinese(
        QStringLiteral("(?:王|李|张|刘|陈|杨|黄|赵|吴|周|徐|孙|马|朱|胡|郭|何|高|林|罗|郑|梁|谢|宋|唐|许|韩|"
                       "冯|邓|曹|彭|曾|肖|田|董|袁|潘|于|蒋|蔡|余|杜|叶|程|苏|魏|吕|丁|任|沈|姚|卢|姜|崔|钟|"
                       "谭|陆|汪|范|金|石|廖|贾|夏|韦|付|方|白|邹|孟|熊|秦|邱|江|尹|薛|闫|段|雷|侯|龙|史|陶|"
                       "黎|贺|顾|毛|郝|龚|邵|万|钱|严|覃|武|戴|莫|孔|向|汤)(?:先生|女士|小姐|太太)"),
        unicode);
    text = replaceAll(text, addressedChinese, placeholder(Kind::Name));
    static const QRegularExpression addressedEnglish(
        QStringLiteral("\\b(?:Mr|Mrs|Ms|Miss|Mx)\\.?\\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\\b"));
    text = replaceAll(text, addressedEnglish, placeholder(Kind::Name));
    return text;
}

} // namespace warmline::core
