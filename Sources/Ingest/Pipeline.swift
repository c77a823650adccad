import FeedModel
import Fetching
import FeedParsing
import Storage
