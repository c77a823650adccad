/// GeoRSS coordinates ("lat lon lat lon …") in feedparser's GeoJSON order (lon, lat).
enum GeoCoordinates {
    static func json(type: String, _ text: String) -> Any {
        let numbers = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" || $0 == "\t" }).compactMap { Double($0) }
        if type == "Point" {
            if numbers.count == 3 { return [numbers[1], numbers[0], numbers[2]] }
            return numbers.count >= 2 ? [numbers[1], numbers[0]] : []
        }
        var pairs: [[Double]] = []
        var i = 0
        while i + 1 < numbers.count {
            pairs.append([numbers[i + 1], numbers[i]])
            i += 2
        }
        return type == "Polygon" ? [pairs] : pairs
    }
}
