internal import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// Entities handed to libxml2 for names the document did not declare: HTML 4 names (`&nbsp;`,
/// `&eacute;`, `&mdash;` …, as feedparser decodes them) and plain-text copies of internal
/// entities. Each is a predefined-type entity, so libxml2 passes its text straight to
/// `characters` and never expands anything. This table owns the memory.
final class EntityTable {
    private var cache: [String: UnsafeMutablePointer<xmlEntity>] = [:]
    /// Bytes of declared-entity text handed out so far; past `budget` libxml2's own handling
    /// (expanded once, amplification-checked) takes over, so repeated references stay bounded.
    private var expanded = 0
    static let budget = 1 << 20

    deinit {
        for ent in cache.values {
            free(UnsafeMutableRawPointer(mutating: ent.pointee.name))
            free(ent.pointee.content)
            // libxml2 may hand a copy the raw declared value ("orig") to own.
            if let orig = ent.pointee.orig { ww_xml_free(orig) }
            ent.deallocate()
        }
    }

    /// The HTML 4 entity `name`, or nil.
    func html(_ name: String) -> UnsafeMutablePointer<xmlEntity>? {
        if let e = cache[name] { return e }
        guard let desc = htmlEntityLookup(name), let scalar = Unicode.Scalar(desc.pointee.value) else { return nil }
        return make(name, text: String(Character(scalar)))
    }

    /// An undefined entity kept as its literal text ("&name;"), as feedparser does.
    func literal(_ name: String) -> UnsafeMutablePointer<xmlEntity>? {
        if let e = cache["lit:" + name] { return e }
        return make(name, text: "&\(name);", key: "lit:" + name)
    }

    /// A text-only copy of a declared internal entity whose replacement text has no markup.
    func plainCopy(of ent: UnsafeMutablePointer<xmlEntity>) -> UnsafeMutablePointer<xmlEntity>? {
        guard ent.pointee.etype == XML_INTERNAL_GENERAL_ENTITY, let content = ent.pointee.content,
              let namePtr = ent.pointee.name else { return nil }
        let length = Int(ent.pointee.length)
        guard length < 4096, expanded + length <= Self.budget else { return nil }
        let bytes = UnsafeBufferPointer(start: content, count: length)
        guard !bytes.contains(UInt8(ascii: "<")), !bytes.contains(UInt8(ascii: "&")) else { return nil }
        expanded += length
        let name = String(cString: namePtr)
        if let e = cache["decl:" + name] { return e }
        return make(name, text: String(decoding: bytes, as: UTF8.self), key: "decl:" + name)
    }

    private func make(_ name: String, text: String, key: String? = nil) -> UnsafeMutablePointer<xmlEntity> {
        let ent = UnsafeMutablePointer<xmlEntity>.allocate(capacity: 1)
        ent.initialize(to: xmlEntity())
        ent.pointee.type = XML_ENTITY_DECL
        ent.pointee.etype = XML_INTERNAL_PREDEFINED_ENTITY
        ent.pointee.name = UnsafePointer(name.withCString { UnsafeMutableRawPointer(strdup($0)!).assumingMemoryBound(to: xmlChar.self) })
        ent.pointee.content = text.withCString { UnsafeMutableRawPointer(strdup($0)!).assumingMemoryBound(to: xmlChar.self) }
        ent.pointee.length = Int32(text.utf8.count)
        ent.pointee.checked = 1
        cache[key ?? name] = ent
        return ent
    }
}
