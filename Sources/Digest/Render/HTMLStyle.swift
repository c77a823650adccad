/// The digest's inline stylesheet: system fonts, one narrow column, works in mail clients and on phones.
enum HTMLStyle {
    static let css = """
        body{margin:0;padding:0;background:#f4f4f1;color:#222;font:16px/1.5 -apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif}
        .page{max-width:720px;margin:0 auto;padding:16px;background:#fff}
        h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;border-bottom:2px solid #3b6ea5;padding-bottom:2px}
        h3{font-size:17px;margin:16px 0 4px}.meta{color:#666;font-size:13px}
        .numbers{display:flex;flex-wrap:wrap;gap:8px;margin:12px 0}
        .num{flex:1 1 90px;background:#eef3f8;border-radius:6px;padding:6px 8px;text-align:center}
        .num b{display:block;font-size:22px}.num span{font-size:12px;color:#555}
        table{border-collapse:collapse;width:100%;font-size:14px}td,th{padding:4px 6px;border-bottom:1px solid #e5e5e5;text-align:left;vertical-align:middle}
        th{color:#555;font-weight:600}.r{text-align:right}
        .up{color:#1e7b34}.down{color:#b03a2e}.new{color:#8a5a00}
        blockquote{margin:10px 0;padding:4px 12px;border-left:4px solid #3b6ea5;background:#f7f9fb}
        blockquote p{margin:4px 0}.who{font-size:14px;color:#555}
        .chips span{display:inline-block;background:#eef3f8;border-radius:12px;padding:2px 10px;margin:2px;font-size:14px}
        .note{color:#666;font-style:italic}a{color:#2a5d8f}ul{padding-left:20px}
        .story{border-top:1px solid #e5e5e5;padding-top:4px}
        """
}
